/**
 * Measuring text for the line breaker. Ideographs and full-width
 * punctuation take one grid cell (scaled to the size); Latin letters and
 * digits take the font's real advance.
 */
import type { Font } from '../fonts/font.ts';
import type { FontRole } from '../fonts/roles.ts';
import type { BreakItem } from '../linebreak/types.ts';
import { BODY_SIZE, CELL } from '../geometry.ts';

/** Where a character came from, for error messages. */
export interface SourcePos {
  file: string;
  line: number;
}

export interface MeasuredItem extends BreakItem {
  role: FontRole;
  size: number;
  source?: SourcePos | undefined;
}

/**
 * Code points that are always a grapheme of their own: Latin, Chinese and
 * their punctuation, without combining marks, joiners, variation selectors,
 * Hangul jamo or emoji (checked against Intl.Segmenter, code point by code
 * point, in tests/print/measure.test.ts). Text made only of these, nearly
 * every paragraph, skips the segmenter, whose first use costs a cold run ~6 ms.
 */
const ONE_POINT_RANGES = [
  [0x20, 0x7e], [0xa0, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205e], [0x2e80, 0x3029], [0x3030, 0x3098], [0x309b, 0x9fff],
  [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff9d], [0xffa0, 0xffef], [0x20000, 0x3ffff],
] as const;

function isOnePointGraphemes(text: string): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (!ONE_POINT_RANGES.some(([from, to]) => cp >= from && cp <= to)) return false;
  }
  return true;
}

let segmenter: Intl.Segmenter | undefined;

/** The text's user-perceived characters: a base letter with its combining marks, an emoji sequence, a Hangul syllable. */
export function graphemes(text: string): string[] {
  if (isOnePointGraphemes(text)) return [...text];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Characters set on the full cell: CJK blocks, full-width forms, and the punctuation Chinese text shares with Latin. */
export function isWide(char: string): boolean {
  const cp = char.codePointAt(0)!;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    [0x2014, 0x2026, 0x2018, 0x2019, 0x201c, 0x201d, 0x00b7, 0x2022].includes(cp)
  );
}

/** The cell at a given size: the grid keeps its 156/28 ratio at every size. */
export function cellAt(size: number): number {
  return (CELL / BODY_SIZE) * size;
}

export function measure(text: string, font: Font, size: number, source?: SourcePos): MeasuredItem[] {
  const cell = cellAt(size);
  return graphemes(text).map((segment) => ({
    text: segment,
    width: isWide(segment) ? cell : font.advance(segment, size),
    role: font.role,
    size,
    source,
  }));
}

export function totalWidth(items: readonly BreakItem[]): number {
  return items.reduce((w, i) => w + i.width, 0);
}
