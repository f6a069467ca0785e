/**
 * Setting a block of styled spans into lines: measure each span in its
 * font, break with the Chinese line breaker, and position every glyph.
 */
import type { FontRole } from '../fonts/roles.ts';
import type { Font } from '../fonts/font.ts';
import { breakParagraph } from '../linebreak/break-paragraph.ts';
import { glyphShift } from '../linebreak/classes.ts';
import { measure, cellAt, type MeasuredItem, type SourcePos } from '../measure/measure.ts';
import type { Color, TextLine } from './types.ts';

export type FontSet = Record<FontRole, Font>;

export interface StyledText {
  text: string;
  role: FontRole;
  source?: SourcePos;
}

export interface SetOptions {
  size: number;
  /** Line width in pt. */
  width: number;
  /** First-line indent in cells. */
  indentCells?: number;
  /** Marker set in a hanging indent (list items, table of contents). */
  marker?: StyledText;
  color?: Color;
}

export function measureSpans(spans: readonly StyledText[], fonts: FontSet, size: number): MeasuredItem[] {
  return spans.flatMap((s) => measure(s.text, fonts[s.role], size, s.source));
}

export function setLines(spans: readonly StyledText[], fonts: FontSet, options: SetOptions): TextLine[] {
  const { size, width, color = 'black' } = options;
  const cell = cellAt(size);
  const markerItems = options.marker ? measureSpans([options.marker], fonts, size) : [];
  // A marker hangs: the text runs in a narrower measure to the right of it.
  const hang = markerItems.length ? Math.ceil(markerItems.reduce((w, i) => w + i.width, 0) / cell - 1e-6) * cell : 0;
  const items = measureSpans(spans, fonts, size);
  const broken = breakParagraph(items, { width: width - hang, indent: (options.indentCells ?? 0) * cell, em: cell });
  return broken.map((line, k) => ({
    size,
    glyphs: [
      ...(k === 0 ? markerItems.map((m, i) => ({ text: m.text, x: markerItems.slice(0, i).reduce((w, p) => w + p.width, 0), width: m.width, role: m.role, size, color, source: m.source })) : []),
      ...line.items
        .filter((p) => items[p.index]!.text.trim() !== '' || p.width > 0)
        .map((p) => {
          const item = items[p.index]!;
          // A compressed opening mark loses the blank before its glyph: draw the glyph that much further left.
          const x = hang + p.x + glyphShift(item.text, item.width, p.width);
          return { text: item.text, x, width: p.width, role: item.role, size, color, source: item.source };
        }),
    ],
  }));
}

/** Natural width of a line's content: right edge of its last glyph. */
export function lineWidth(line: TextLine): number {
  const last = line.glyphs.at(-1);
  return last ? last.x + last.width : 0;
}

/** Moves a line right by `dx` (centring, right alignment). */
export function shift(line: TextLine, dx: number): TextLine {
  return { ...line, glyphs: line.glyphs.map((g) => ({ ...g, x: g.x + dx })) };
}
