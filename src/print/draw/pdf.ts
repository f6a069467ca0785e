/**
 * Drawing with pdf-lib: fonts subset with harfbuzz and embedded whole,
 * each line's glyphs in one TJ array so every glyph sits exactly where
 * layout put it, rules as filled strokes. Same input, same bytes.
 */
import { deflateSync } from 'node:zlib';
import type { PDFDocument, PDFName, PDFOperator, PDFPage } from 'pdf-lib';
import { pdfLib } from '../cjs-modules.ts';
import { embedSubset, type EmbeddedFont } from './embed-font.ts';
import type { FontRole } from '../fonts/roles.ts';
import { subsetToText } from '../fonts/subset.ts';
import { PAGE_HEIGHT, PAGE_WIDTH, RED } from '../geometry.ts';
import type { FontSet } from '../layout/set-lines.ts';
import type { Color, GlyphOp, PageOps, RuleOp } from '../layout/types.ts';

const { PDFNumber, PDFOperatorNames, beginText, endText, popGraphicsState, pushGraphicsState, rgb, setFillingRgbColor, setFontAndSize, setTextMatrix, showText } = pdfLib;

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
  useNativeDeflate(doc);
  const embedded = await embedFonts(doc, pages, fonts);
  for (const ops of pages) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    for (const rule of ops.rules) drawRule(page, rule);
    drawGlyphs(page, ops.glyphs, embedded, fonts);
  }
  // The font files were compressed on the thread pool while the pages were drawn.
  await Promise.all([...new Set(embedded.values())].map((font) => font.ready));
  setMetadata(doc, meta);
  return doc.save({ useObjectStreams: true });
}

/**
 * pdf-lib compresses embedded font files with pako, in JavaScript, which
 * took half the time of printing an issue; Node's zlib does the same
 * deflate natively (same level, deterministic output).
 */
export function useNativeDeflate(doc: PDFDocument): void {
  const context = doc.context;
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), { ...dict, Filter: 'FlateDecode' });
}

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
  for (const [file, chars] of [...textByFile].sort(([a], [b]) => a.localeCompare(b))) {
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

/** Glyphs that share a baseline, font, size and colour go into one TJ array; gaps become TJ adjustments. */
function drawGlyphs(page: PDFPage, glyphs: readonly GlyphOp[], embedded: Map<FontRole, EmbeddedFont>, fonts: FontSet): void {
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
  const ops: PDFOperator[] = [pushGraphicsState()];
  const keys = new Map<EmbeddedFont, PDFName>();
  for (const run of runs) {
    const font = embedded.get(run[0]!.role)!;
    const { code } = font;
    if (!keys.has(font)) keys.set(font, page.node.newFontDictionary('F', font.ref));
    const key = keys.get(font)!;
    const dash = dashRuns.has(run) ? stretchDash(run[0]!, fonts) : undefined;
    ops.push(...(dash ? dashOperators(run[0]!, code, key, dash) : runOperators(page, run, code, key, fonts[run[0]!.role].advance)));
  }
  ops.push(popGraphicsState());
  // One content stream per page, compressed natively (pushOperators would deflate it with pako).
  const content = Buffer.from(ops.map((op) => op.toString()).join('\n'), 'latin1');
  page.node.addContentStream(page.doc.context.register(page.doc.context.flateStream(content)));
}

function runOperators(page: PDFPage, run: readonly GlyphOp[], code: EmbeddedFont['code'], key: PDFName, advance: (text: string, size: number) => number): PDFOperator[] {
  const first = run[0]!;
  const { size } = first;
  const c = COLORS[first.color];
  const array = page.doc.context.obj([]);
  run.forEach((g, i) => {
    array.push(code(g.text));
    const next = run[i + 1];
    if (!next) return;
    // TJ moves left by n/1000 of the size; the natural advance is what the font would move by itself.
    const gap = next.x - (g.x + advance(g.text, size));
    const adjust = Math.round(((-gap * 1000) / size) * 1000) / 1000;
    if (adjust !== 0) array.push(PDFNumber.of(adjust));
  });
  return [
    beginText(),
    setFillingRgbColor(c.r, c.g, c.b),
    setFontAndSize(key, size),
    setTextMatrix(1, 0, 0, 1, round(first.x), round(PAGE_HEIGHT - first.y)),
    pdfLib.PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array]),
    endText(),
  ];
}

/** Horizontal scale and left shift that make a dash's ink span its whole cell. */
function stretchDash(g: GlyphOp, fonts: FontSet): { scale: number; x: number } | undefined {
  const ink = fonts[g.role].ink(g.text);
  const inkWidth = (ink.maxX - ink.minX) * g.size;
  if (inkWidth <= 0) return undefined;
  const scale = g.width / inkWidth;
  return { scale, x: g.x - ink.minX * g.size * scale };
}

function dashOperators(g: GlyphOp, code: EmbeddedFont['code'], key: PDFName, dash: { scale: number; x: number }): PDFOperator[] {
  const c = COLORS[g.color];
  return [
    beginText(),
    setFillingRgbColor(c.r, c.g, c.b),
    setFontAndSize(key, g.size),
    setTextMatrix(dash.scale, 0, 0, 1, round(dash.x), round(PAGE_HEIGHT - g.y)),
    showText(code(g.text)),
    endText(),
  ];
}

const round = (n: number) => Math.round(n * 1000) / 1000;
