/**
 * Every issue and article page names its own card in Open Graph and Twitter
 * meta tags, with absolute URLs on the site URL from publication.yaml, and
 * the card is in dist/ as a 1200 × 630 PNG.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';
import { loadArchive } from '../../src/core/load/index.ts';
import { readPage } from '../helpers/html.ts';
import { decodePng } from '../helpers/png.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const siteDir = inject('siteDir');
const archive = loadArchive(PROJECT).archive!;
const siteUrl = archive.publication.siteUrl.replace(/\/?$/, '/');

function meta(path: string, key: string): string | undefined {
  const page = readPage(siteDir, path);
  const node = select(`meta[property="${key}"], meta[name="${key}"]`, page.tree);
  return node?.type === 'element' ? String(node.properties.content) : undefined;
}

function cardAt(url: string) {
  expect(url.startsWith(siteUrl)).toBe(true);
  return decodePng(new Uint8Array(readFileSync(join(siteDir, url.slice(siteUrl.length)))));
}

describe('social cards', () => {
  it('each article page points to its own card, with its headline in og:title', () => {
    const seen = new Set<string>();
    for (const issue of archive.issues) {
      for (const a of issue.articles) {
        const path = `/issues/${issue.year}/${issue.number}/${a.slug}/`;
        const image = meta(path, 'og:image')!;
        expect(image).toBe(`${siteUrl}cards/${issue.year}/${issue.number}/${a.slug}.png`);
        expect(meta(path, 'twitter:image')).toBe(image);
        expect(meta(path, 'twitter:card')).toBe('summary_large_image');
        expect(meta(path, 'og:title')).toBe(a.displayTitle);
        expect(meta(path, 'og:type')).toBe('article');
        expect(meta(path, 'og:url')).toBe(`${siteUrl}issues/${issue.year}/${issue.number}/${a.slug}/`);
        seen.add(image);
      }
    }
    const first = [...seen][0]!;
    const png = cardAt(first);
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(seen.size).toBe(archive.issues.reduce((n, i) => n + i.articles.length, 0));
  });

  it('each issue page has its issue card, other pages the site card', () => {
    for (const issue of archive.issues) {
      const image = meta(`/issues/${issue.year}/${issue.number}/`, 'og:image')!;
      expect(image).toBe(`${siteUrl}cards/${issue.year}/${issue.number}.png`);
      const png = cardAt(image);
      expect([png.width, png.height]).toEqual([1200, 630]);
    }
    for (const path of ['/', '/issues/', '/search/']) {
      expect(meta(path, 'og:image')).toBe(`${siteUrl}cards/site.png`);
    }
    expect(cardAt(`${siteUrl}cards/site.png`).width).toBe(1200);
  });
});
