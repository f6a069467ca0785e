/**
 * Every sample issue prints, and the rules that matter hold on each: text
 * round trip, no forbidden line starts or ends, no title at the foot of a
 * page, no paragraph leaving one line alone where it could be avoided.
 * And an office's own font file, named in publication.yaml, is the one used.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/core/load/index.ts';
import type { Archive } from '../../src/core/model.ts';
import { DEFAULT_FONT_FILES } from '../../src/print/fonts/roles.ts';
import { AREA_BOTTOM, LINES_PER_PAGE, baseline } from '../../src/print/geometry.ts';
import { canEndLine, canStartLine } from '../../src/print/linebreak/classes.ts';
import { loadFonts, printIssue } from '../../src/print/render.ts';
import type { FontSet } from '../../src/print/layout/set-lines.ts';
import { makeContentRoot } from '../helpers/content-fixture.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { readPdf, type PdfReading } from '../helpers/pdf.ts';

const archive = loadArchive(PROJECT).archive as Archive;
let fonts: FontSet;
const pdfs = new Map<string, PdfReading>();

beforeAll(async () => {
  fonts = loadFonts(PROJECT, archive);
  for (const issue of archive.issues) {
    const r = await printIssue(PROJECT, archive, issue, fonts);
    expect(r.diagnostics, issue.key).toEqual([]);
    pdfs.set(issue.key, readPdf(r.bytes!));
  }
});

const onGrid = (y: number, size: number) => Array.from({ length: LINES_PER_PAGE }, (_, k) => baseline(k, size)).some((b) => Math.abs(b - y) < 0.05);

describe('every sample issue', () => {
  it('keeps the line-breaking rules', () => {
    for (const [key, pdf] of pdfs) {
      for (const page of pdf.pages) {
        for (const l of page.lines.filter((x) => x.chars[0]!.size === 16 || x.chars[0]!.size === 22)) {
          expect(canStartLine(l.chars[0]!.c), `${key} starts: ${l.text}`).toBe(true);
          expect(canEndLine(l.chars.at(-1)!.c), `${key} ends: ${l.text}`).toBe(true);
        }
      }
    }
  });

  it('never ends a page with an article title', () => {
    for (const [key, pdf] of pdfs) {
      pdf.pages.slice(0, -1).forEach((page, p) => {
        const text = page.lines.filter((l) => (l.chars[0]!.size === 16 || l.chars[0]!.size === 22) && l.y < AREA_BOTTOM && onGrid(l.y, l.chars[0]!.size));
        const last = text.sort((a, b) => a.y - b.y).at(-1)!;
        expect(last.chars[0]!.size, `${key} page ${p + 1} ends with title “${last.text}”`).toBe(16);
      });
    }
  });

  it('prints every article title and committee line', () => {
    for (const issue of archive.issues) {
      const text = pdfs.get(issue.key)!.pages.flatMap((p) => p.lines.map((l) => l.text)).join('').replace(/\s/g, '');
      for (const a of issue.articles) {
        expect(text, issue.key).toContain(a.displayTitle.replace(/\s/g, ''));
        expect(text, issue.key).toContain(`（${a.committee}供稿）`);
      }
      if (issue.series) expect(text).toContain(issue.series.series.title);
    }
  });
});

describe('an office’s own fonts', () => {
  it('are used for the role publication.yaml names', async () => {
    const root = makeContentRoot();
    try {
      mkdirSync(join(root, 'fonts'));
      // Any real TTF will do: the sans font stands in for an office's 仿宋 here.
      cpSync(DEFAULT_FONT_FILES.heiti(), join(root, 'fonts', 'office-body.ttf'));
      const pub = join(root, 'content', 'publication.yaml');
      writeFileSync(pub, `title: 测试简报\norgan: 测试委员会\ndefaultDistribution: standard\nsiteUrl: https://example.cn/\nprint:\n  fonts:\n    body: fonts/office-body.ttf\n`);
      const loaded = loadArchive(root);
      expect(loaded.diagnostics).toEqual([]);
      const a = loaded.archive!;
      const r = await printIssue(root, a, a.issues[0]!, loadFonts(root, a));
      const bodyFonts = new Set(readPdf(r.bytes!).pages[0]!.chars.filter((c) => c.size === 16 && c.c === '测').map((c) => c.font));
      expect(bodyFonts.has('NotoSansSC-Medium')).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
