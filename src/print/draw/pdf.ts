/**
 * Drawing with pdf-lib: fonts subset with harfbuzz and embedded whole,
 * each line's glyphs in one TJ array so every glyph sits exactly where
 * layout put it, rules as filled strokes. Same input, same bytes.
 */
import { deflateSync } from 'node:zlib';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { deflateOffThread } from './deflate.ts';
import { pako, pdfLib } from '../cjs-modules.ts';
import { embedSubset, type EmbeddedFont } from './embed-font.ts';
import type { FontRole } from '../fonts/roles.ts';
import { subsetToText } from '../fonts/subset.ts';
import { PAGE_HEIGHT, PAGE_WIDTH, RED } from '../geometry.ts';
import type { FontSet } from '../layout/set-lines.ts';
import type { Color, GlyphOp, PageOps, RuleOp } from '../layout/types.ts';

const { rgb } = pdfLib;

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  /** ISO date; creation and modification dates are this day, so output does not depend on the clock. */
  date: string;
}

const COLORS: Record<Color, { r: number; g: number; b: number }> = { black: { r: 0, g: 0, b: 0 }, red: RED };

export async function drawPdf(pages: readonly PageOps[], fonts: FontSet, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await pdfLib.PDFDocument.create({ updateMetadata: false });
  const embedded = await embedFonts(doc, pages, fonts);
  const compressing: Promise<void>[] = [];
  for (const ops of pages) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    for (const rule of ops.rules) drawRule(page, rule);
    compressing.push(drawGlyphs(page, ops.glyphs, embedded, fonts));
  }
  // The font files and the pages' glyph streams were compressed on the thread pool while the pages were drawn.
  await Promise.all([...[...new Set(embedded.values())].map((font) => font.ready), ...compressing]);
  setMetadata(doc, meta);
  return doc.save({ useObjectStreams: true });
}

/**
 * pdf-lib compresses with pako, in JavaScript: every stream it deflates,
 * including the object streams and the cross-reference stream it writes on
 * save, which offer no hook. Compressing the font files that way took half
 * the time of printing an issue. pako's deflate is pointed at Node's zlib,
 * which writes the same format natively (default level, deterministic).
 */
pako.deflate = (data) => deflateSync(data);

export function setMetadata(doc: PDFDocument, meta: PdfMetadata): void {
  const date = new Date(`${meta.date}T00:00:00Z`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setCreator('jianbao');
  doc.setProducer('jianbao (pdf-lib)');
  doc.setLanguage('zh-CN');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}

/** One subset per font file (roles may share a file), holding exactly the characters drawn with it. */
async function embedFonts(doc: PDFDocument, pages: readonly PageOps[], fonts: FontSet): Promise<Map<FontRole, EmbeddedFont>> {
  const textByFile = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const g of page.glyphs) {
      const file = fonts[g.role].file;
      if (!textByFile.has(file)) textByFile.set(file, new Set());
      for (const ch of g.text) textByFile.get(file)!.add(ch);
    }
  }
  const byFile = new Map<string, EmbeddedFont>();
  // The font with the most characters first: its file is the longest to compress, which starts as soon as it is embedded.
  for (const [file, chars] of [...textByFile].sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b))) {
    const role = (Object.keys(fonts) as FontRole[]).find((r) => fonts[r].file === file)!;
    const subset = await subsetToText(fonts[role].file, [...chars].join(''));
    byFile.set(file, embedSubset(doc, fonts[role], subset, [...chars]));
  }
  const out = new Map<FontRole, EmbeddedFont>();
  for (const role of Object.keys(fonts) as FontRole[]) {
    const font = byFile.get(fonts[role].file);
    if (font) out.set(role, font);
  }
  return out;
}

function drawRule(page: PDFPage, rule: RuleOp): void {
  const c = COLORS[rule.color];
  page.drawRectangle({
    x: rule.x1,
    y: PAGE_HEIGHT - rule.y - rule.thickness / 2,
    width: rule.x2 - rule.x1,
    height: rule.thickness,
    color: rgb(c.r, c.g, c.b),
  });
}

/** Dashes that make up —— must join: each is drawn stretched so its ink fills its cell. */
const DASHES = new Set(['—', '―', '⸺']);

/**
 * Glyphs that share a baseline, font, size and colour go into one TJ array;
 * gaps become TJ adjustments. The page's glyphs are one content stream,
 * written as text directly (a few thousand operators a page: pdf-lib's
 * operator objects took a tenth of the time of an issue) and compressed on
 * the thread pool; it is in place once the returned promise settles.
 */
function drawGlyphs(page: PDFPage, glyphs: readonly GlyphOp[], embedded: Map<FontRole, EmbeddedFont>, fonts: FontSet): Promise<void> {
  // Only dashes next to a dash (——) are stretched; a lone dash (as in “— 3 —”) keeps its shape.
  const paired = (i: number) =>
    DASHES.has(glyphs[i]!.text) && [glyphs[i - 1], glyphs[i + 1]].some((n) => n && DASHES.has(n.text) && n.y === glyphs[i]!.y);
  const runs: GlyphOp[][] = [];
  const dashRuns = new Set<GlyphOp[]>();
  glyphs.forEach((g, i) => {
    const run = runs.at(-1);
    const prev = run?.at(-1);
    const joins = run && prev && prev.y === g.y && prev.role === g.role && prev.size === g.size && prev.color === g.color && g.x >= prev.x;
    if (joins && !paired(i) && !paired(i - 1)) run.push(g);
    else runs.push([g]);
    if (paired(i)) dashRuns.add(runs.at(-1)!);
  });
  const lines = ['q'];
  const keys = new Map<EmbeddedFont, string>();
  for (const run of runs) {
    const font = embedded.get(run[0]!.role)!;
    if (!keys.has(font)) keys.set(font, page.node.newFontDictionary('F', font.ref).toString());
    const key = keys.get(font)!;
    const dash = dashRuns.has(run) ? stretchDash(run[0]!, fonts) : undefined;
    if (dash) dashLines(lines, run[0]!, font, key, dash);
    else runLines(lines, run, font, key, fonts[run[0]!.role].advance);
  }
  lines.push('Q');
  const { context } = page.doc;
  const ref = context.nextRef();
  page.node.addContentStream(ref);
  return deflateOffThread(Buffer.from(lines.join('\n'), 'latin1')).then((compressed) => {
    context.assign(ref, context.stream(compressed, { Filter: 'FlateDecode' }));
  });
}

/** Text state for a run: the operators pdf-lib would write (BT, rg, Tf, Tm … ET). */
function runLines(lines: string[], run: readonly GlyphOp[], font: EmbeddedFont, key: string, advance: (text: string, size: number) => number): void {
  const first = run[0]!;
  const { size } = first;
  let array = '[ ';
  run.forEach((g, i) => {
    array += `${font.hex(g.text)} `;
    const next = run[i + 1];
    if (!next) return;
    // TJ moves left by n/1000 of the size; the natural advance is what the font would move by itself.
    const gap = next.x - (g.x + advance(g.text, size));
    const adjust = Math.round(((-gap * 1000) / size) * 1000) / 1000;
    if (adjust !== 0) array += `${adjust} `;
  });
  lines.push('BT', color(first), `${key} ${size} Tf`, `1 0 0 1 ${round(first.x)} ${round(PAGE_HEIGHT - first.y)} Tm`, `${array}] TJ`, 'ET');
}

/** Horizontal scale and left shift that make a dash's ink span its whole cell. */
function stretchDash(g: GlyphOp, fonts: FontSet): { scale: number; x: number } | undefined {
  const ink = fonts[g.role].ink(g.text);
  const inkWidth = (ink.maxX - ink.minX) * g.size;
  if (inkWidth <= 0) return undefined;
  const scale = g.width / inkWidth;
  return { scale, x: g.x - ink.minX * g.size * scale };
}

function dashLines(lines: string[], g: GlyphOp, font: EmbeddedFont, key: string, dash: { scale: number; x: number }): void {
  lines.push('BT', color(g), `${key} ${g.size} Tf`, `${dash.scale} 0 0 1 ${round(dash.x)} ${round(PAGE_HEIGHT - g.y)} Tm`, `${font.hex(g.text)} Tj`, 'ET');
}

function color(g: GlyphOp): string {
  const c = COLORS[g.color];
  return `${c.r} ${c.g} ${c.b} rg`;
}

// Numbers in the content stream are written with String(): every one is rounded to 3 decimals
// (or is a scale near 1, a size or a colour component), so none takes exponent notation.
const round = (n: number) => Math.round(n * 1000) / 1000;
