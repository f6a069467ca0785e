/**
 * The first page's masthead (报头): the red title, 第 N 期, organ at left and
 * date at right, and the red rule. It takes the first grid lines of page 1;
 * the body continues on the grid below it.
 */
import { AREA_LEFT, AREA_WIDTH, LINE_HEIGHT, LINE_PITCH, baseline, lineTop } from '../geometry.ts';
import { measureSpans, lineWidth, setLines, shift, type FontSet } from './set-lines.ts';
import type { GlyphOp, PageOps, RuleOp, TextLine } from './types.ts';

export interface MastheadText {
  title: string;
  number: string;
  organ: string;
  date: string;
}

export const MASTHEAD_TITLE_SIZE = 48;

/** The masthead's drawing, and how many grid lines of page 1 it takes. */
export function layoutMasthead(text: MastheadText, fonts: FontSet): { ops: PageOps; lines: number } {
  const glyphs: GlyphOp[] = [];
  // Title: spaced out, centred over grid lines 0–1.
  const titleItems = measureSpans([{ text: text.title, role: 'masthead' }], fonts, MASTHEAD_TITLE_SIZE);
  const spacing = MASTHEAD_TITLE_SIZE * 0.3;
  const titleWidth = titleItems.reduce((w, i) => w + i.width, 0) + spacing * (titleItems.length - 1);
  let x = AREA_LEFT + (AREA_WIDTH - titleWidth) / 2;
  // The title's em box sits inside grid lines 0–1: its top on the type area's top edge.
  const titleBaseline = lineTop(0) + MASTHEAD_TITLE_SIZE * 0.92;
  for (const item of titleItems) {
    glyphs.push({ text: item.text, x, y: titleBaseline, width: item.width, role: 'masthead', size: MASTHEAD_TITLE_SIZE, color: 'red' });
    x += item.width + spacing;
  }
  place(centre(setLines([{ text: text.number, role: 'body' }], fonts, { size: 16, width: AREA_WIDTH })), 2, glyphs);
  // Organ at left (wrapping if long, as 河南省人大常委会 / 代表工作委员会 often does), date at right on its last line.
  const date = setLines([{ text: text.date, role: 'body' }], fonts, { size: 16, width: AREA_WIDTH })[0]!;
  const organWidth = AREA_WIDTH - lineWidth(date) - 2 * (AREA_WIDTH / 28);
  const organ = setLines([{ text: text.organ, role: 'body' }], fonts, { size: 16, width: organWidth }).map(unjustify);
  place(organ, 3, glyphs);
  const last = 3 + organ.length - 1;
  place([shift(date, AREA_WIDTH - lineWidth(date))], last, glyphs);
  // The red rule sits in the gap below the organ line; one blank grid line follows.
  const rules: RuleOp[] = [{ x1: AREA_LEFT, x2: AREA_LEFT + AREA_WIDTH, y: lineTop(last + 1) - (LINE_PITCH - LINE_HEIGHT) / 2, thickness: 1.5, color: 'red' }];
  return { ops: { glyphs, rules }, lines: last + 2 };
}

/** A short left-aligned line reads better with its natural spacing. */
function unjustify(line: TextLine): TextLine {
  let x = line.glyphs[0]?.x ?? 0;
  return { ...line, glyphs: line.glyphs.map((g) => ({ ...g, x: (x += g.width) - g.width })) };
}

function centre(lines: TextLine[]): TextLine[] {
  return lines.map((l) => shift(l, (AREA_WIDTH - lineWidth(l)) / 2));
}

/** Puts set lines on grid lines from `first`, in place in `out`. */
export function place(lines: readonly TextLine[], first: number, out: GlyphOp[]): void {
  lines.forEach((line, k) => {
    for (const g of line.glyphs) out.push({ ...g, x: AREA_LEFT + g.x, y: baseline(first + k, line.size) });
  });
}
