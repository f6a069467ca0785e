/**
 * The distribution block (版记) at the foot of the last page: thick rule,
 * 送：…, thin rule, 发：…, thin rule, printing organ and 共印 N 份, thick rule
 * on the bottom edge of the type area. 4号 (14 pt); recipients one character
 * in, continuation lines aligned after the colon.
 */
import { AREA_BOTTOM, AREA_LEFT, AREA_WIDTH, LINE_PITCH, MM } from '../geometry.ts';
import { cellAt } from '../measure/measure.ts';
import { lineWidth, setLines, shift, type FontSet } from './set-lines.ts';
import type { GlyphOp, PageOps, RuleOp, TextLine } from './types.ts';

export const BLOCK_SIZE = 14;
const THICK = 0.35 * MM;
const THIN = 0.25 * MM;

export interface DistributionText {
  send: string;
  deliver: string;
  printingOrgan: string;
  copies: number | null;
}

/** Set lines of each section (送, 发, imprint): measured before placing so the block's height is known. */
export function setDistribution(text: DistributionText, fonts: FontSet): TextLine[][] {
  const cell = cellAt(BLOCK_SIZE);
  const sections: TextLine[][] = [];
  for (const [label, names] of [['送：', text.send], ['发：', text.deliver]] as const) {
    if (!names) continue;
    const lines = setLines([{ text: names, role: 'body' }], fonts, {
      size: BLOCK_SIZE,
      width: AREA_WIDTH - 2 * cell,
      marker: { text: label, role: 'body' },
    });
    sections.push(lines.map((l) => shift(l, cell)));
  }
  const organ = setLines([{ text: `${text.printingOrgan}印发`, role: 'body' }], fonts, { size: BLOCK_SIZE, width: AREA_WIDTH - 2 * cell })[0]!;
  const imprint: TextLine = { size: BLOCK_SIZE, glyphs: shift(organ, cell).glyphs };
  if (text.copies !== null) {
    const copies = setLines([{ text: `共印 ${text.copies} 份`, role: 'body' }], fonts, { size: BLOCK_SIZE, width: AREA_WIDTH })[0]!;
    imprint.glyphs.push(...shift(copies, AREA_WIDTH - cell - lineWidth(copies)).glyphs);
  }
  sections.push([imprint]);
  return sections;
}

/** Each line of the block takes one grid pitch. */
export function distributionHeight(sections: readonly TextLine[][]): number {
  return sections.reduce((n, s) => n + s.length, 0) * LINE_PITCH;
}

/** Draws the block so that its last rule lies on the bottom edge of the type area. */
export function layoutDistribution(sections: readonly TextLine[][]): PageOps {
  const glyphs: GlyphOp[] = [];
  const rules: RuleOp[] = [];
  let top = AREA_BOTTOM - distributionHeight(sections);
  const rule = (y: number, thickness: number) => rules.push({ x1: AREA_LEFT, x2: AREA_LEFT + AREA_WIDTH, y, thickness, color: 'black' });
  rule(top, THICK);
  sections.forEach((lines, s) => {
    for (const line of lines) {
      const y = top + LINE_PITCH / 2 + BLOCK_SIZE * 0.35;
      for (const g of line.glyphs) glyphs.push({ ...g, x: AREA_LEFT + g.x, y });
      top += LINE_PITCH;
    }
    rule(top, s === sections.length - 1 ? THICK : THIN);
  });
  return { glyphs, rules };
}
