/**
 * A headline for a social card: broken into lines by the print engine's
 * Chinese line breaker (no 。 at a line start, no “ at a line end), at most
 * `maxLines`, the last one cut and closed with “…” when the title is longer.
 */
import type { Font } from '../print/fonts/font.ts';
import { breakParagraph } from '../print/linebreak/break-paragraph.ts';
import { canEndLine } from '../print/linebreak/classes.ts';
import { cellAt, measure, totalWidth, type MeasuredItem } from '../print/measure/measure.ts';

export interface WrappedTitle {
  lines: string[];
  /** True when the title did not fit and ends in “…”. */
  truncated: boolean;
}

const ELLIPSIS = '…';

export function wrapTitle(text: string, font: Font, size: number, width: number, maxLines: number): WrappedTitle {
  const items = measure(text, font, size);
  const lines = breakAtNaturalWidth(items, width, cellAt(size));
  if (lines.length <= maxLines) return { lines: lines.map(join), truncated: false };

  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!, ...lines[maxLines]!];
  const ellipsisWidth = measure(ELLIPSIS, font, size)[0]!.width;
  // Cut until the ellipsis fits, and never leave an opening mark or a comma just before it.
  while (last.length > 0 && (totalWidth(last) + ellipsisWidth > width || !endsCleanly(last))) last.pop();
  kept[maxLines - 1] = last;
  return { lines: kept.map((line, k) => join(line) + (k === maxLines - 1 ? ELLIPSIS : '')), truncated: true };
}

/**
 * The breaker may squeeze punctuation to fit a line; the card's renderer sets
 * every glyph at its natural width. Narrow the measure until each line fits
 * at natural width.
 */
function breakAtNaturalWidth(items: MeasuredItem[], width: number, em: number): MeasuredItem[][] {
  for (let measureWidth = width; ; measureWidth -= em / 4) {
    const lines = breakParagraph(items, { width: measureWidth, indent: 0, em }).map((line) => line.items.map((p) => items[p.index]!));
    if (measureWidth <= em || lines.every((line) => totalWidth(line) <= width + 0.01)) return lines;
  }
}

function join(items: readonly MeasuredItem[]): string {
  return items.map((i) => i.text).join('').trim();
}

function endsCleanly(items: readonly MeasuredItem[]): boolean {
  const tail = items.at(-1)!.text;
  return canEndLine(tail) && !/^[\s，、。；：,.;:！？!?]$/.test(tail);
}
