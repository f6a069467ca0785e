/**
 * Centred titles that wrap into balanced lines: the narrowest measure that
 * keeps the same number of lines, so a two-line title does not leave one
 * character alone on its second line.
 */
import { setLines, lineWidth, shift, type FontSet, type StyledText } from './set-lines.ts';
import type { TextLine } from './types.ts';

export function setCentred(spans: readonly StyledText[], fonts: FontSet, size: number, width: number): TextLine[] {
  const full = setLines(spans, fonts, { size, width });
  if (full.length <= 1) return full.map((l) => shift(l, (width - lineWidth(l)) / 2));
  let lo = width / full.length;
  let hi = width;
  let best = full;
  let bestWidth = width;
  // Binary search on the measure: the count of lines may only stay the same.
  for (let step = 0; step < 10; step++) {
    const mid = (lo + hi) / 2;
    const lines = setLines(spans, fonts, { size, width: mid });
    if (lines.length === full.length) {
      best = lines;
      bestWidth = mid;
      hi = mid;
    } else lo = mid;
  }
  // One cell of slack over the tightest measure, so balancing never has to squeeze punctuation.
  const relaxed = Math.min(width, bestWidth + (lo > 0 ? width / 28 : 0));
  const lines = setLines(spans, fonts, { size, width: relaxed });
  if (lines.length === best.length) [best, bestWidth] = [lines, relaxed];
  return best.map((l, k) => shift(l, (width - (k < best.length - 1 ? bestWidth : lineWidth(l))) / 2));
}
