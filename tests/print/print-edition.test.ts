/**
 * The print edition, proved on real output: the PDF of a sample issue is read
 * back with mupdf (characters with positions) and rendered to pixels, and
 * checked against the GB/T 9704 grid and the source text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseMarkdown } from '../../src/core/markdown.ts';
import { toString } from 'mdast-util-to-string';
import { loadArchive } from '../../src/core/load/index.ts';
import { openYamlCache } from '../../src/core/load/yaml-cache.ts';
import type { Archive, Issue } from '../../src/core/model.ts';
import { blankSide, canEndLine, canStartLine, isCompressible } from '../../src/print/linebreak/classes.ts';
import { AREA_BOTTOM, AREA_LEFT, AREA_RIGHT, AREA_TOP, CELL, FOLIO_BASELINE, LINES_PER_PAGE, baseline } from '../../src/print/geometry.ts';
import { numberedRun } from '../../src/print/numbered.ts';
import { pdfPath } from '../../src/print/paths.ts';
import { loadFonts, printIssue } from '../../src/print/render.ts';
import type { FontSet } from '../../src/print/layout/set-lines.ts';
import { makeContentRoot } from '../helpers/content-fixture.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { readPdf, type PdfLine, type PdfReading } from '../helpers/pdf.ts';
import { readPage } from '../helpers/html.ts';

const archive = loadArchive(PROJECT).archive as Archive;
const issue = archive.issues.find((i) => i.key === '2025/24') as Issue;
let fonts: FontSet;
let bytes: Uint8Array;
let pdf: PdfReading;

beforeAll(async () => {
  fonts = loadFonts(PROJECT, archive);
  const result = await printIssue(PROJECT, archive, issue, fonts);
  expect(result.diagnostics).toEqual([]);
  bytes = result.bytes!;
  pdf = readPdf(bytes);
});

const near = (a: number, b: number, tolerance = 0.05) => Math.abs(a - b) <= tolerance;
const squash = (s: string) => s.replace(/\s+/g, '');
/** Grid line index of a baseline, or -1 when it is off the grid. */
function gridIndex(y: number, size: number): number {
  for (let k = 0; k < LINES_PER_PAGE; k++) if (near(y, baseline(k, size))) return k;
  return -1;
}
const isBodySize = (l: PdfLine) => near(l.chars[0]!.size, 16, 0.01);
/** Body text lines: 16 pt on the grid, below the masthead and table of contents. */
function bodyLines(page: number): PdfLine[] {
  return pdf.pages[page]!.lines.filter((l) => isBodySize(l) && !l.text.startsWith('＊') && !(page === 0 && gridIndex(l.y, 16) < 4));
}

describe('print edition of 2025/24', () => {
  it('has A4 pages, metadata from the issue and zh-CN language', async () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pdf.pages) {
      expect(near(p.width, 595.28, 0.01)).toBe(true);
      expect(near(p.height, 841.89, 0.01)).toBe(true);
    }
    expect(pdf.meta('info:Title')).toBe('代表工作 2025年第24期');
    expect(pdf.meta('info:Author')).toBe('河南省人大常委会代表工作委员会');
    expect(pdf.meta('info:CreationDate')).toContain('20250616');
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect((doc.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('zh-CN');
  });

  it('sets every text line on the 22-line grid, inside the type area', () => {
    for (const [p, page] of pdf.pages.entries()) {
      for (const line of page.lines) {
        const size = line.chars[0]!.size;
        if (near(line.y, FOLIO_BASELINE, 0.1)) continue; // page number
        if (size === 14 || size === 48) continue; // distribution block and masthead title have their own rows
        expect(gridIndex(line.y, size), `page ${p + 1} “${line.text}” at ${line.y}`).toBeGreaterThanOrEqual(0);
      }
      for (const c of page.chars) {
        if (near(c.y, FOLIO_BASELINE, 0.1)) continue;
        // An opening mark set half width at a line start has its blank half outside; its ink is checked below.
        if (blankSide(c.c) !== 'start') expect(c.x, c.c).toBeGreaterThanOrEqual(AREA_LEFT - 0.01);
        expect(c.x, c.c).toBeLessThan(AREA_RIGHT - CELL * 0.4);
        expect(c.y).toBeGreaterThan(AREA_TOP);
        expect(c.y).toBeLessThanOrEqual(AREA_BOTTOM);
      }
    }
  });

  it('puts no ink outside the type area but the page numbers', () => {
    const dpi = 100;
    const s = dpi / 72;
    for (const [p] of pdf.pages.entries()) {
      const img = pdf.render(p, dpi);
      const outside: string[] = [];
      for (let y = 0; y < img.height; y++) {
        const pt = y / s;
        if (pt > AREA_BOTTOM + 2) break; // the folio row lies below the type area
        for (let x = 0; x < img.width; x++) {
          const xpt = x / s;
          const inArea = xpt >= AREA_LEFT - 1 && xpt <= AREA_RIGHT + 1 && pt >= AREA_TOP - 1;
          const i = (y * img.width + x) * 3;
          if (!inArea && img.pixels[i]! + img.pixels[i + 1]! + img.pixels[i + 2]! < 3 * 200) outside.push(`${xpt.toFixed(1)},${pt.toFixed(1)}`);
        }
      }
      expect(outside.slice(0, 5), `page ${p + 1}`).toEqual([]);
    }
  });

  it('a full page of body text has 22 lines', () => {
    const full = pdf.pages.map((_, p) => new Set(bodyLines(p).map((l) => gridIndex(l.y, 16))).size);
    expect(Math.max(...full)).toBe(22);
    for (const n of full) expect(n).toBeLessThanOrEqual(22);
  });

  it('indents paragraphs by two cells and justifies all but their last lines', () => {
    const lines = pdf.pages.flatMap((_, p) => bodyLines(p));
    const indented = lines.filter((l) => near(l.chars[0]!.x, AREA_LEFT + 2 * CELL, 0.01));
    expect(indented.length).toBeGreaterThan(10);
    // A line is a paragraph's last when the next body line is indented (or none follows).
    const opensParagraph = (l: PdfLine | undefined) => !l || near(l.chars[0]!.x, AREA_LEFT + 2 * CELL, 0.01) || l.text.endsWith('供稿）');
    const ends = lines.map((_, i) => opensParagraph(lines[i + 1]));
    lines.forEach((l, i) => {
      if (ends[i] || l.text.startsWith('（') && l.text.endsWith('供稿）')) return;
      const last = l.chars.at(-1)!;
      // The last glyph ends on the edge; a line-end mark may be squeezed down to half width.
      const flush = isCompressible(last.c)
        ? last.x + CELL / 2 - 0.3 <= AREA_RIGHT && AREA_RIGHT <= last.x + CELL + 0.3
        : near(last.x + CELL, AREA_RIGHT, 0.3) || near(last.right, AREA_RIGHT, 0.3);
      expect(flush, `not justified: ${l.text}`).toBe(true);
    });
  });

  it('no line starts or ends with forbidden punctuation', () => {
    for (const [p, page] of pdf.pages.entries()) {
      for (const l of page.lines.filter((x) => x.chars[0]!.size >= 16 && x.chars[0]!.size <= 22)) {
        expect(canStartLine(l.chars[0]!.c), `page ${p + 1} starts: ${l.text}`).toBe(true);
        expect(canEndLine(l.chars.at(-1)!.c), `page ${p + 1} ends: ${l.text}`).toBe(true);
      }
    }
  });

  it('the text read back equals the source text, in reading order', () => {
    const expected = issue.articles.map((a) => a.displayTitle + toString(parseMarkdown(a.body)) + `（${a.committee}供稿）`).join('');
    const read = pdf.pages.flatMap((p) => p.lines.filter((l) => l.chars[0]!.size === 16 || l.chars[0]!.size === 22).map((l) => l.text)).join('');
    expect(squash(read)).toContain(squash(expected));
  });

  it('draws every glyph: each character’s box has ink when rendered', () => {
    for (const [p, page] of pdf.pages.entries()) {
      const dpi = 100;
      const scale = dpi / 72;
      const img = pdf.render(p, dpi);
      const inked = (c: (typeof page.chars)[number]) => {
        const [x0, x1] = [Math.floor(c.x * scale), Math.ceil((c.x + c.size * 0.95) * scale)];
        const [y0, y1] = [Math.floor((c.y - c.size * 0.85) * scale), Math.ceil((c.y + c.size * 0.1) * scale)];
        for (let y = y0; y < y1; y++) {
          for (let x = x0; x < x1; x++) {
            const i = (y * img.width + x) * 3;
            if (img.pixels[i]! + img.pixels[i + 1]! + img.pixels[i + 2]! < 3 * 160) return true;
          }
        }
        return false;
      };
      const blank = page.chars.filter((c) => c.c.trim() !== '' && c.c !== '　' && !inked(c));
      expect(blank.map((c) => c.c).join(''), `page ${p + 1}`).toBe('');
    }
  });

  it('page 1 carries the red masthead: title, 第 N 期, organ and date, red rule', () => {
    const first = pdf.pages[0]!;
    const title = first.lines.find((l) => l.chars[0]!.size === 48)!;
    expect(title.text).toBe('代表工作');
    expect(title.chars[0]!.color.map((v) => Math.round(v * 255))).toEqual([200, 16, 46]);
    const centre = (title.chars[0]!.x + title.chars.at(-1)!.right) / 2;
    expect(near(centre, (AREA_LEFT + AREA_RIGHT) / 2, 2)).toBe(true);
    expect(first.lines.some((l) => l.text === '第24期')).toBe(true);
    const organ = first.lines.find((l) => l.text === '河南省人大常委会代表工作委员会')!;
    const date = first.lines.find((l) => l.text === '2025年6月16日')!;
    expect(near(organ.chars[0]!.x, AREA_LEFT, 0.01)).toBe(true);
    expect(near(date.chars.at(-1)!.x + CELL, AREA_RIGHT, 0.5)).toBe(true);
    expect(organ.y).toBe(date.y);
    // The red rule under the organ line spans the type area.
    const img = pdf.render(0, 72);
    const redRow = Array.from({ length: 40 }, (_, d) => Math.round(organ.y) + d).find((y) => {
      let red = 0;
      for (let x = Math.ceil(AREA_LEFT); x < Math.floor(AREA_RIGHT); x++) {
        const i = (y * img.width + x) * 3;
        if (img.pixels[i]! > 150 && img.pixels[i + 1]! < 100 && img.pixels[i + 2]! < 100) red++;
      }
      return red > (AREA_RIGHT - AREA_LEFT) * 0.95;
    });
    expect(redRow).toBeDefined();
  });

  it('sets titles in the heavy serif at 22 pt, balanced when they wrap, and run-in headings in the sans', () => {
    const titleLines = pdf.pages.flatMap((p) => p.lines).filter((l) => l.chars[0]!.size === 22);
    expect(titleLines.length).toBeGreaterThanOrEqual(issue.articles.length);
    for (const l of titleLines) expect(l.chars[0]!.font).toMatch(/^NotoSerifSC-Bold/);
    // A two-line title: lines of near equal length, both centred.
    const first = titleLines.findIndex((l, i) => titleLines[i + 1] && Math.abs(titleLines[i + 1]!.y - l.y - 29.62) < 0.1);
    expect(first).toBeGreaterThanOrEqual(0);
    const [a, b] = [titleLines[first]!, titleLines[first + 1]!];
    const width = (l: PdfLine) => l.chars.at(-1)!.x + 22 * (CELL / 16) - l.chars[0]!.x;
    expect(Math.abs(width(a) - width(b))).toBeLessThan(3 * 22);
    for (const l of [a, b]) expect(near((l.chars[0]!.x + l.chars[0]!.x + width(l)) / 2, (AREA_LEFT + AREA_RIGHT) / 2, 12)).toBe(true);
    const runIn = pdf.pages.flatMap((p) => p.chars).filter((c) => c.font.startsWith('NotoSansSC'));
    expect(runIn.map((c) => c.c).join('')).toContain('一、');
  });

  it('the table of contents lists every article', () => {
    const toc = pdf.pages[0]!.lines.filter((l) => l.text.startsWith('＊')).map((l) => squash(l.text.slice(1)));
    expect(toc).toEqual(issue.articles.map((a) => a.displayTitle));
  });

  it('page numbers “— N —”: odd pages right, even pages left, one character in', () => {
    pdf.pages.forEach((page, p) => {
      const folio = page.lines.find((l) => near(l.y, FOLIO_BASELINE, 0.1))!;
      expect(squash(folio.text)).toBe(`—${p + 1}—`);
      expect(folio.chars[0]!.size).toBe(14);
      if ((p + 1) % 2 === 1) expect(near(folio.chars.at(-1)!.x + 14 * (CELL / 16), AREA_RIGHT - 14 * (CELL / 16), 1)).toBe(true);
      else expect(near(folio.chars[0]!.x, AREA_LEFT + 14 * (CELL / 16), 0.5)).toBe(true);
    });
  });

  it('the distribution block sits at the foot of the last page: 送, 发 aligned after the colon, organ and copies', () => {
    const last = pdf.pages.at(-1)!;
    // Rows of the block (mupdf may split one row into several lines where it has a wide gap).
    const rows = new Map<number, PdfLine>();
    for (const l of last.lines.filter((x) => x.chars[0]!.size === 14 && x.y < AREA_BOTTOM)) {
      const key = Math.round(l.y * 100);
      const row = rows.get(key);
      rows.set(key, row ? { ...row, chars: [...row.chars, ...l.chars], text: `${row.text} ${l.text}` } : l);
    }
    const block = [...rows.values()].sort((a, b) => a.y - b.y);
    expect(block[0]!.text).toMatch(/^送：/);
    const deliver = block.findIndex((l) => l.text.startsWith('发：'));
    expect(deliver).toBeGreaterThan(0);
    const afterColon = block[deliver]!.chars[2]!.x;
    const continuation = block.slice(deliver + 1, -1);
    expect(continuation.length).toBeGreaterThan(0);
    for (const l of continuation) expect(near(l.chars[0]!.x, afterColon, 0.01), l.text).toBe(true);
    const imprint = block.at(-1)!;
    expect(imprint.text).toMatch(/^河南省人大常委会代表工作委员会印发/);
    expect(squash(imprint.text)).toMatch(/共印60份$/);
    expect(block[0]!.chars[0]!.x).toBeCloseTo(AREA_LEFT + 14 * (CELL / 16), 1);
    // The last rule lies on the bottom edge of the type area.
    const img = pdf.render(pdf.pages.length - 1, 72);
    const y = Math.round(AREA_BOTTOM) - 1;
    let dark = 0;
    for (let x = Math.ceil(AREA_LEFT); x < Math.floor(AREA_RIGHT); x++) {
      const rows = [y, y + 1].map((r) => img.pixels[(r * img.width + x) * 3]!);
      if (Math.min(...rows) < 100) dark++;
    }
    expect(dark).toBeGreaterThan((AREA_RIGHT - AREA_LEFT) * 0.95);
  });

  it('an issue without a copy count prints no 共印', async () => {
    const noCount = archive.issues.find((i) => i.distribution.copies === null)!;
    const r = readPdf((await printIssue(PROJECT, archive, noCount, fonts)).bytes!);
    const text = r.pages.at(-1)!.lines.map((l) => l.text).join('');
    expect(text).toContain('印发');
    expect(text).not.toContain('共印');
  });

  it('is deterministic: the same issue gives the same bytes', async () => {
    const again = await printIssue(PROJECT, archive, issue, fonts);
    expect(Buffer.from(again.bytes!).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('numbered run', () => {
  it('holds all copies, numbers each first page top left, and costs little more than the master', async () => {
    const copies = issue.distribution.copies!;
    const run = await numberedRun(bytes, copies, fonts.body, { title: 't', author: 'a', subject: 's', date: issue.date });
    expect(run.length).toBeLessThan(bytes.length + 2048 * copies);
    const r = readPdf(run);
    const pages = pdf.pages.length;
    expect(r.pages.length).toBe(pages * copies);
    for (const copy of [1, 2, copies]) {
      const first = r.pages[(copy - 1) * pages]!;
      const number = first.lines.find((l) => /^\d{6}$/.test(l.text))!;
      expect(number.text).toBe(String(copy).padStart(6, '0'));
      expect(near(number.chars[0]!.x, AREA_LEFT, 0.01)).toBe(true);
      expect(near(number.y, baseline(0), 0.05)).toBe(true);
      expect(r.pages[(copy - 1) * pages + 1]!.lines.some((l) => /^\d{6}$/.test(l.text))).toBe(false);
      // Each copy carries the whole issue.
      expect(first.lines.some((l) => l.text === '代表工作')).toBe(true);
    }
  });
});

describe('npm run print', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [join(PROJECT, 'scripts/print.cjs'), ...args], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('writes the PDF and a summary for staff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-print-'));
    try {
      const r = run(['2025/24', '--out', join(dir, 'x.pdf')]);
      expect(r.status, r.stderr).toBe(0);
      const pages = readPdf(readFileSync(join(dir, 'x.pdf'))).pages.length;
      expect(r.stdout).toContain(`页数：${pages} 页`);
      expect(r.stdout).toContain(`每份用纸：${Math.ceil(pages / 2)} 张`);
      expect(r.stdout).toContain('共印 60 份');
      expect(r.stdout).toContain(`合计用纸：${60 * Math.ceil(pages / 2)} 张`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the same bytes as the engine run from source, on a first run and on a later one from its caches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-print-'));
    try {
      // The later run takes its code and its parsed YAML from what the first left (scripts/lib/bundled.cjs).
      for (const name of ['first.pdf', 'later.pdf']) {
        const r = run(['2025/24', '--out', join(dir, name)]);
        expect(r.status, r.stderr).toBe(0);
        expect(Buffer.from(readFileSync(join(dir, name))).equals(Buffer.from(bytes)), name).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--numbered writes the numbered run of all copies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-print-'));
    try {
      const r = run(['2025/24', '--numbered', '--out', join(dir, 'run.pdf')]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('份号：000001 至 000060');
      expect(readPdf(readFileSync(join(dir, 'run.pdf'))).pages.length).toBe(60 * pdf.pages.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses --numbered for an issue without a copy count, clearly', () => {
    const r = run(['2025/23', '--numbered']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('没有设定印数');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('names the issues it has when asked for one it does not', () => {
    const r = run(['2025/99']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2025/24');
  });
});

describe('what print cannot set is an error, never a blank', () => {
  const printFixture = async (body: string) => {
    const root = makeContentRoot({ 'issues/2025/2/beiguan.md': `---\ntitle: 测试标题二\nregion: 安阳市北关区\ncommittee: 安阳市人大常委会代表工委\norder: 1\n---\n\n${body}\n` });
    try {
      const a = loadArchive(root).archive!;
      return await printIssue(root, a, a.issues.find((i) => i.key === '2025/2')!, fonts);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  it('a character no font has names file, line, character and code point', async () => {
    const r = await printFixture('第一段。\n\n第二段有表情😀。');
    expect(r.bytes).toBeUndefined();
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'content/issues/2025/2/beiguan.md', line: 10, rule: 'print.missing-glyph' }));
    expect(r.diagnostics[0]!.message).toContain('U+1F600');
    expect(r.diagnostics[0]!.message).toContain('😀');
  });

  it('a character no font has in the title or the committee names its frontmatter line, also when the frontmatter came from the YAML cache', async () => {
    const root = makeContentRoot({
      'issues/2025/2/beiguan.md': '---\ntitle: 测试标题😀\nregion: 安阳市北关区\ncommittee: 安阳市人大常委会代表工委🙂\norder: 1\n---\n\n正文。\n',
    });
    try {
      const cacheFile = join(root, 'yaml-cache.bin');
      for (const run of ['parsed', 'from the cache']) {
        const cache = openYamlCache(cacheFile);
        const a = loadArchive(root, 'content', { yamlCache: cache }).archive!;
        cache.save();
        const r = await printIssue(root, a, a.issues.find((i) => i.key === '2025/2')!, fonts);
        const lines = new Set(r.diagnostics.filter((d) => d.rule === 'print.missing-glyph' && d.file.endsWith('beiguan.md')).map((d) => d.line));
        expect([...lines].sort(), run).toEqual([2, 4]);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('an image or a table fails with its line', async () => {
    const r = await printFixture('第一段。\n\n![图](x.png)\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(r.diagnostics.map((d) => [d.line, d.rule])).toEqual([
      [10, 'print.unsupported-markdown'],
      [12, 'print.unsupported-markdown'],
    ]);
  });

  it('a full line of ideographs holds 28 characters, one cell each, filling the measure', async () => {
    const r = readPdf((await printFixture('人民代表大会制度是我国的根本政治制度'.repeat(8))).bytes!);
    const body = r.pages.flatMap((p) => p.lines).filter((l) => l.chars[0]!.size === 16 && /^[\u4e00-\u9fff]+$/.test(l.text) && l.text.length > 20);
    expect(body.length).toBeGreaterThanOrEqual(5);
    const [first, ...rest] = body;
    expect(first!.text).toHaveLength(26); // two cells of indent
    expect(near(first!.chars[0]!.x, AREA_LEFT + 2 * CELL, 0.01)).toBe(true);
    for (const l of rest.slice(0, -1)) {
      expect(l.text).toHaveLength(28);
      expect(near(l.chars[0]!.x, AREA_LEFT, 0.01)).toBe(true);
      l.chars.slice(1).forEach((c, i) => expect(near(c.x - l.chars[i]!.x, CELL, 0.01)).toBe(true));
      expect(near(l.chars.at(-1)!.x + CELL, AREA_RIGHT, 0.01)).toBe(true);
    }
  });

  it('—— is drawn as one unbroken line', async () => {
    const r = readPdf((await printFixture('前文——后文。')).bytes!);
    const page = r.pages.findIndex((p) => p.lines.some((l) => l.text.includes('——')));
    const line = r.pages[page]!.lines.find((l) => l.text.includes('——'))!;
    const first = line.chars.find((c) => c.c === '—')!;
    const s = 8;
    const img = r.render(page, 72 * s);
    const rows = Array.from({ length: 24 }, (_, k) => Math.round((line.y - 8 + k * 0.33) * s));
    const unbroken = rows.some((y) => {
      for (let x = Math.ceil((first.x + 1) * s); x < Math.floor((first.x + 2 * CELL - 1) * s); x++) {
        if (img.pixels[(y * img.width + x) * 3]! > 128) return false;
      }
      return true;
    });
    expect(unbroken).toBe(true);
  });

  it('lists, emphasis and links print', async () => {
    const r = await printFixture('导语。\n\n- 第一项\n- 第二项\n\n*强调*的文字，[链接](https://example.cn)。');
    expect(r.diagnostics).toEqual([]);
    const text = readPdf(r.bytes!).pages.flatMap((p) => p.lines.map((l) => l.text)).join('');
    for (const s of ['•第一项', '•第二项', '强调的文字', '链接（https://example.cn）']) expect(squash(text)).toContain(s);
  });
});

describe('the build', () => {
  it('writes a PDF for every issue and links it from the issue page', () => {
    const site = inject('siteDir');
    for (const i of archive.issues) {
      expect(existsSync(join(site, pdfPath(i))), pdfPath(i)).toBe(true);
      const page = readPage(site, `/issues/${i.year}/${i.number}/`);
      expect(page.html).toContain(`href="/${pdfPath(i)}"`);
      expect(page.text('.issue-tools')).toBe('打印版 PDF');
      // Saved under a Chinese name, whatever the host: 代表工作2025年第24期.pdf
      expect(page.html).toContain(`download="${archive.publication.title}${i.year}年第${i.number}期.pdf"`);
    }
  });
});
