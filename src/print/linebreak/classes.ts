/**
 * Character classes and break opportunities for Chinese text (clreq, GB/T 15834 §5,
 * GB level of the line-start/line-end prohibitions). Pure: works on item texts and the
 * widths the caller measured, never on fonts.
 *
 * Each item is one grapheme cluster; it is classified by its first code point (the base
 * character), which is what the prohibition tables are about.
 */
import type { BreakItem } from './types.ts';

/** Full-width pause and stop marks: the glyph sits in the left half of the cell. */
const PAUSE_STOP = '、，。．：；！？';
/** Full-width opening brackets and quotes: the glyph sits in the right half of the cell. */
const OPENING = '（［｛〔【《〈“‘「『〖〘〚｟';
/** Full-width closing brackets and quotes: the glyph sits in the left half of the cell. */
const CLOSING = '）］｝〕】》〉”’」』〗〙〛｠';
/** Middle dots: the glyph is centred, a quarter cell of blank on each side. */
const MIDDLE_DOTS = '·・';

/**
 * Never at line start. Besides the full-width marks: ASCII closing marks and stops that
 * turn up in Chinese text, percent/per-mille/degree signs (they belong to the number
 * before them), the hyphenation point and the single-character two- and three-em dashes.
 */
const NEVER_AT_START = new Set<string>([
  ...PAUSE_STOP,
  ...CLOSING,
  ...MIDDLE_DOTS,
  '‧',
  ...',.:;!?)]}%‰％℃',
  '\u2E3A', // ⸺ two-em dash as one character
  '\u2E3B', // ⸻ three-em dash
]);

/** Never at line end: opening marks, and the solidus (GB level). */
const NEVER_AT_END = new Set<string>([...OPENING, ...'([{', '/', '／']);

/**
 * Marks whose doubled form is one mark: —— (two U+2014) and …… (two U+2026). A run of
 * them is never split and never starts a line.
 */
const INSEPARABLE_MARKS = new Set<string>(['\u2014', '\u2026']);

/**
 * Units a number is kept with. Multi-character units are matched longest first. The
 * brief's list plus common ones from work reports (岁 倍 吨 公顷 …).
 */
const UNITS = new Set<string>([
  ...'个件条人次名家所座张期项万亿元米亩年月日号届余多天户村篇份场批轮支位处类种',
  ...'岁周倍台辆吨克秒时分点本册部页版套间层级起例笔段字千百',
  '%', '‰', '％', '℃',
  '小时', '分钟', '千米', '公里', '平方米', '平方公里', '立方米', '人次', '户次', '公斤', '千克', '公顷', '季度',
]);
const LONGEST_UNIT = Math.max(...[...UNITS].map((u) => [...u].length));

/**
 * After these the unit chain goes on: 1200余人次, 3万元, 1.2亿元, 5万余人.
 * 千 and 百 only chain when 千米 etc. did not match first (longest match wins).
 */
const CHAINING_UNITS = new Set<string>(['余', '多', '万', '亿', '千', '百']);

/** Code point ranges set on the CJK grid (ideographs, kana, hangul, full-width forms). */
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303f],
  [0x3040, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3ffff],
];

/** The base character of a grapheme cluster. */
export function baseChar(text: string): string {
  const cp = text.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** An ASCII space: a break opportunity that is dropped (set at width 0) at a line break. */
export function isSpace(text: string): boolean {
  return text === ' ';
}

/**
 * What the rules ask of an item, by its text, worked out once per distinct
 * text (a paragraph has a few thousand items but a few hundred texts): the
 * rules run for every item of every paragraph, first thing in a cold run.
 */
const NO_START = 1;
const NO_END = 2;
const INSEPARABLE = 4;
const DIGIT = 8;
const LATIN_LETTER = 16;
const APOSTROPHE = 32;
/** On the CJK grid whatever its measured width (see isWide). */
const WIDE_CODE = 64;
const ASCII = 128;

const flagsByText = new Map<string, number>();

function flagsOf(text: string): number {
  let flags = flagsByText.get(text);
  if (flags === undefined) {
    flags = computeFlags(text);
    flagsByText.set(text, flags);
  }
  return flags;
}

function computeFlags(text: string): number {
  const cp = text.codePointAt(0);
  if (cp === undefined) return 0;
  // Most of any text: an ideograph, to which no rule but the grid applies.
  if (cp >= 0x4e00 && cp <= 0x9fff) return WIDE_CODE;
  const ch = String.fromCodePoint(cp);
  let flags = 0;
  // Combining marks, joiners and variation selectors belong to what precedes them.
  if (NEVER_AT_START.has(ch) || /^[\p{M}\u200C\u200D]/u.test(ch)) flags |= NO_START;
  if (NEVER_AT_END.has(ch)) flags |= NO_END;
  if (INSEPARABLE_MARKS.has(ch)) flags |= INSEPARABLE;
  // Full-width digits escaped: the CLI bundle must stay ASCII (see SUFFIX in core/regions.ts).
  if (/^[0-9\uFF10-\uFF19]$/.test(ch)) flags |= DIGIT;
  if (/^\p{L}/u.test(text) && cp < 0x2e80) flags |= LATIN_LETTER;
  if (text === "'" || text === '’') flags |= APOSTROPHE;
  if (WIDE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi)) flags |= WIDE_CODE;
  if (cp < 0x80) flags |= ASCII;
  return flags;
}

/** clreq 行首禁则: may this item begin a line? */
export function canStartLine(text: string): boolean {
  return (flagsOf(text) & NO_START) === 0;
}

/** clreq 行尾禁则 (GB level, with the solidus): may this item end a line? */
export function canEndLine(text: string): boolean {
  return (flagsOf(text) & NO_END) === 0;
}

/** Part of —— or ……: consecutive equal marks of this kind are never split. */
export function isInseparableMark(text: string): boolean {
  return (flagsOf(text) & INSEPARABLE) !== 0;
}

/**
 * Where the blank half of a full-width mark is, which is the half compression removes:
 * 'end' for pause/stop and closing marks, 'start' for opening marks, 'both' for the
 * centred middle dot; null for anything that is not compressible.
 */
export function blankSide(text: string): 'start' | 'end' | 'both' | null {
  // Called for every item of every line while squeezing: remember the answer per text.
  let side = blankSides.get(text);
  if (side === undefined) {
    side = computeBlankSide(text);
    blankSides.set(text, side);
  }
  return side;
}

const blankSides = new Map<string, 'start' | 'end' | 'both' | null>();

function computeBlankSide(text: string): 'start' | 'end' | 'both' | null {
  const ch = baseChar(text);
  if (ch === '') return null;
  if (PAUSE_STOP.includes(ch) || CLOSING.includes(ch)) return 'end';
  if (OPENING.includes(ch)) return 'start';
  if (MIDDLE_DOTS.includes(ch)) return 'both';
  return null;
}

/** Full-width punctuation whose glyph fills half the cell, so it may be set half width. */
export function isCompressible(text: string): boolean {
  return blankSide(text) !== null;
}

/** The narrowest width a compressible mark may be set at: half a cell. */
export function compressedWidth(item: BreakItem, em: number): number {
  return Math.min(item.width, em / 2);
}

/**
 * How far to move a compressed mark's glyph from the placed x, for the renderer: the
 * blank that was removed lay before the glyph for opening marks (shift left by all of
 * it) and on both sides for middle dots (shift left by half of it).
 */
export function glyphShift(text: string, naturalWidth: number, setWidth: number): number {
  const removed = naturalWidth - setWidth;
  if (removed <= 0) return 0;
  const side = blankSide(text);
  if (side === 'start') return -removed;
  if (side === 'both') return -removed / 2;
  return 0;
}

/**
 * Is the item set on the CJK grid? CJK ranges are; ASCII is not; anything else
 * (curly quotes, dashes, ellipsis, ·, Greek, accented Latin) is ambiguous in East Asian
 * width, so the caller's measurement decides: wider than 3/4 em counts as CJK.
 */
export function isWide(item: BreakItem, em: number): boolean {
  const flags = flagsOf(item.text);
  if (item.text === '' || flags & ASCII) return false;
  if (flags & WIDE_CODE) return true;
  return item.width > 0.75 * em;
}

/** Latin letters, digits and ASCII symbols: they form words that break only at spaces. */
export function isLatinLike(item: BreakItem, em: number): boolean {
  return !isSpace(item.text) && !isWide(item, em);
}

/** ASCII or full-width digit: the end of a number that keeps its unit. */
export function isDigit(text: string): boolean {
  return (flagsOf(text) & DIGIT) !== 0;
}

function isLatinLetter(item: BreakItem | undefined): boolean {
  return item !== undefined && (flagsOf(item.text) & LATIN_LETTER) !== 0;
}

/** The longest unit starting at `start`, or null. */
export function matchUnit(items: readonly BreakItem[], start: number): string | null {
  for (let len = Math.min(LONGEST_UNIT, items.length - start); len >= 1; len--) {
    const text = items.slice(start, start + len).map((it) => it.text).join('');
    if (UNITS.has(text)) return text;
  }
  return null;
}

/**
 * The end (exclusive) of the unit chain that follows a number ending before `after`:
 * optional spaces (2024 年), then units, continuing after 余/多/万/亿 (1200余人次, 3万元).
 * Returns `after` when no unit follows.
 */
export function unitChainEnd(items: readonly BreakItem[], after: number): number {
  let p = after;
  while (p < items.length && isSpace(items[p]!.text)) p++;
  let end = after;
  for (;;) {
    const unit = matchUnit(items, p);
    if (unit === null) break;
    p += [...unit].length;
    end = p;
    if (!CHAINING_UNITS.has(unit)) break;
  }
  return end;
}

/**
 * glue[i] is true when no line may break between items i and i+1: inside Latin words
 * and numbers (5G, 3.5, 65%, 10kV), inside —— and ……, between a number and its units,
 * around an apostrophe inside a word, inside full-width digit runs.
 */
export function glueLinks(items: readonly BreakItem[], em: number): boolean[] {
  const n = items.length;
  const glue = new Array<boolean>(n).fill(false);
  const flags = items.map((item) => flagsOf(item.text));
  const latin = items.map((item) => isLatinLike(item, em));
  for (let i = 0; i + 1 < n; i++) {
    const a = flags[i]!;
    const b = flags[i + 1]!;
    if (latin[i] && latin[i + 1]) glue[i] = true;
    if (a & b & INSEPARABLE && items[i]!.text.codePointAt(0) === items[i + 1]!.text.codePointAt(0)) glue[i] = true;
    if (a & b & DIGIT) glue[i] = true;
    if (b & APOSTROPHE && a & LATIN_LETTER && (flags[i + 2] ?? 0) & LATIN_LETTER) {
      glue[i] = true;
      glue[i + 1] = true;
    }
    if (a & DIGIT && !(b & DIGIT)) {
      const end = unitChainEnd(items, i + 1);
      for (let k = i; k < end - 1; k++) glue[k] = true;
    }
  }
  return glue;
}

/** Starts a run of two or more —— / …… marks, which may not begin a line. */
function startsInseparableRun(items: readonly BreakItem[], p: number): boolean {
  const a = items[p];
  const b = items[p + 1];
  return a !== undefined && b !== undefined && isInseparableMark(a.text) && baseChar(a.text) === baseChar(b.text);
}

/**
 * result[p] is true when a line may break before item p (p = 0 is always false). A
 * break falls after any spaces, never before one; the character before it (ignoring
 * those spaces) must be allowed at a line end, the one after at a line start, and no
 * glued pair may lie across it.
 */
export function findBreakOpportunities(items: readonly BreakItem[], em: number): boolean[] {
  const glue = glueLinks(items, em);
  const result = new Array<boolean>(items.length).fill(false);
  for (let p = 1; p < items.length; p++) result[p] = mayBreakBefore(items, glue, p);
  return result;
}

function mayBreakBefore(items: readonly BreakItem[], glue: readonly boolean[], p: number): boolean {
  const next = items[p]!;
  if (isSpace(next.text)) return false;
  let a = p - 1;
  while (a >= 0 && isSpace(items[a]!.text)) a--;
  if (a < 0) return false;
  for (let k = a; k < p; k++) if (glue[k]) return false;
  return canEndLine(items[a]!.text) && canStartLine(next.text) && !startsInseparableRun(items, p);
}
