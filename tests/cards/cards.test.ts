/**
 * Social cards: titles wrap with the Chinese line breaker and end in “…”
 * when too long (tested with the longest title in the content and a longer
 * one), and the drawn PNG keeps its margins, shows the red masthead and is
 * the size Open Graph expects.
 */
import { describe, expect, it } from 'vitest';
import { allCards, articleCard, cardText, issueCard } from '../../src/cards/card-spec.ts';
import { CONTENT_WIDTH } from '../../src/cards/card-tree.ts';
import { cardFontsFor, renderCard } from '../../src/cards/render-card.ts';
import { wrapTitle } from '../../src/cards/wrap-title.ts';
import { loadArchive } from '../../src/core/load/index.ts';
import { canStartLine } from '../../src/print/linebreak/classes.ts';
import { measure, totalWidth } from '../../src/print/measure/measure.ts';
import { loadFonts } from '../../src/print/render.ts';
import { decodePng } from '../helpers/png.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const archive = loadArchive(PROJECT).archive!;
const fonts = loadFonts(PROJECT, archive);
const articles = archive.issues.flatMap((issue) => issue.articles.map((article) => ({ issue, article })));
const longest = [...articles].sort((a, b) => b.article.title.length - a.article.title.length)[0]!;
const naturalWidth = (line: string) => totalWidth(measure(line, fonts.title, 60));

describe('card titles', () => {
  it('sets the longest title of the content in at most three lines, whole', () => {
    const wrapped = wrapTitle(longest.article.title, fonts.title, 60, CONTENT_WIDTH, 3);
    expect(wrapped.truncated).toBe(false);
    expect(wrapped.lines.join('').replace(/\s/g, '')).toBe(longest.article.title.replace(/\s/g, ''));
    for (const line of wrapped.lines) expect(naturalWidth(line)).toBeLessThanOrEqual(CONTENT_WIDTH + 0.01);
  });

  it('cuts a longer title after three lines with an ellipsis, breaking lines by the rules', () => {
    const title = `${longest.article.title}，${longest.article.title}，${longest.article.title}`;
    const wrapped = wrapTitle(title, fonts.title, 60, CONTENT_WIDTH, 3);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines).toHaveLength(3);
    expect(wrapped.lines[2]).toMatch(/…$/);
    expect(wrapped.lines[2]).not.toMatch(/[，、“（]…$/);
    const shown = wrapped.lines.join('').slice(0, -1).replace(/\s/g, '');
    expect(title.replace(/\s/g, '').startsWith(shown)).toBe(true);
    expect(shown.length).toBeGreaterThan(30);
    for (const line of wrapped.lines) {
      expect(naturalWidth(line)).toBeLessThanOrEqual(CONTENT_WIDTH + 0.01);
      expect(canStartLine([...line][0]!)).toBe(true);
    }
  });
});

describe('drawn cards', () => {
  it('an over-long article card is 1200 × 630, red masthead, nothing drawn in the right margin', async () => {
    const spec = articleCard(archive, longest.issue, { ...longest.article, title: longest.article.title.repeat(4) });
    const { png, truncated } = await renderCard(spec, fonts);
    expect(truncated).toBe(true);
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([1200, 630]);

    const ink = (x: number, y: number) => image.at(x, y).some((c) => c < 160);
    let inkInMargin = 0;
    for (let y = 0; y < 630; y++) for (let x = 1200 - 60; x < 1200; x++) if (ink(x, y)) inkInMargin++;
    expect(inkInMargin).toBe(0);

    let red = 0;
    let headlineInk = 0;
    for (let y = 40; y < 180; y++) {
      for (let x = 72; x < 600; x++) {
        const [r, g, b] = image.at(x, y);
        if (r > 150 && g < 80 && b < 90) red++;
      }
    }
    for (let y = 280; y < 520; y++) for (let x = 72; x < 1128; x++) if (ink(x, y)) headlineInk++;
    expect(red).toBeGreaterThan(5000);
    expect(headlineInk).toBeGreaterThan(20000);
  });

  it('an issue card lists its articles', async () => {
    const issue = archive.issues.find((i) => i.articles.length >= 2)!;
    const spec = issueCard(archive, issue);
    expect(spec.headline).toEqual(issue.articles.map((a) => a.displayTitle));
    expect(spec.number).toContain(`第${issue.number}期`);
    const image = decodePng((await renderCard(spec, fonts)).png);
    expect([image.width, image.height]).toEqual([1200, 630]);
  });

  it('draws the same bytes twice', async () => {
    const spec = articleCard(archive, longest.issue, longest.article);
    expect(Buffer.from((await renderCard(spec, fonts)).png).equals(Buffer.from((await renderCard(spec, fonts)).png))).toBe(true);
  });

  it('a card drawn with the build-wide font subset is the same PNG as one drawn with its own', async () => {
    const cards = allCards(archive);
    const shared = await cardFontsFor(fonts, cards.map(([, spec]) => cardText(spec)).join(''));
    for (const [, spec] of cards.slice(0, 4)) {
      expect(Buffer.from((await renderCard(spec, fonts, shared)).png).equals(Buffer.from((await renderCard(spec, fonts)).png))).toBe(true);
    }
    // A card with a character outside the shared subset falls back to its own subset, and still draws it.
    const odd = articleCard(archive, longest.issue, { ...longest.article, title: '龘靐齉爩' });
    const image = decodePng((await renderCard(odd, fonts, shared)).png);
    let ink = 0;
    for (let y = 280; y < 420; y++) for (let x = 72; x < 500; x++) if (image.at(x, y).some((c) => c < 160)) ink++;
    expect(ink).toBeGreaterThan(3000);
  });

  it('lists every card of the site once: the site, each issue, each article', () => {
    const cards = allCards(archive);
    const paths = cards.map(([path]) => path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('cards/site.png');
    expect(cards).toHaveLength(1 + archive.issues.length + articles.length);
  });
});
