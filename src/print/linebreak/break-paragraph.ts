/**
 * Greedy Chinese paragraph breaking with clreq's order: squeeze first (先挤进), then push
 * to the next line (后推出); lines justified except the last; no hanging punctuation.
 *
 * Units: the stretches between break opportunities (see findBreakOpportunities) are
 * never split, unless one is wider than the line on its own; then it is split at item
 * level, preferring places where the prohibitions still hold.
 */
import type { BreakItem, BreakOptions, BrokenLine, PlacedItem } from './types.ts';
import {
  blankSide,
  canEndLine,
  canStartLine,
  compressedWidth,
  findBreakOpportunities,
  isCompressible,
  isInseparableMark,
  isSpace,
  isWide,
} from './classes.ts';

/** Tolerance for float sums of grid cells (28 × 15.793 is not exact in binary). */
const EPS = 1e-6;

interface Context {
  items: readonly BreakItem[];
  options: BreakOptions;
  opportunities: readonly boolean[];
  /** minPrefix[i]: summed narrowest widths of items before i (every compressible mark squeezed). */
  minPrefix: Float64Array;
}

/** One line's widths before justification. */
interface LineModel {
  start: number;
  end: number;
  /** Left edge of the line: the indent on the first line, else 0. */
  offset: number;
  /** Set widths, indexed from `start`: natural, adjacent marks compressed, dropped spaces 0. */
  widths: number[];
  /** How much more each item may still be squeezed, indexed from `start`. */
  slack: number[];
  /** First and last item that takes part in the line's width (absolute indices); last < first if none. */
  first: number;
  last: number;
}

/**
 * Breaks a paragraph into lines. Every input index appears in exactly one line, in order;
 * each line's items carry their x (indent included) and set width.
 */
export function breakParagraph(items: BreakItem[], options: BreakOptions): BrokenLine[] {
  if (items.length === 0) return [];
  checkOptions(options);
  const ctx: Context = { items, options, opportunities: findBreakOpportunities(items, options.em), minPrefix: minPrefix(items, options.em) };
  const ranges = chooseLines(ctx);
  return ranges.map(([start, end], i) => layoutLine(ctx, start, end, i === 0, i === ranges.length - 1));
}

function checkOptions({ width, indent, em }: BreakOptions): void {
  if (!(width > 0) || !Number.isFinite(width)) throw new RangeError(`line width must be positive, got ${width}`);
  if (!(indent >= 0) || !Number.isFinite(indent)) throw new RangeError(`indent must be non-negative, got ${indent}`);
  if (!(em > 0) || !Number.isFinite(em)) throw new RangeError(`em must be positive, got ${em}`);
}

// ---------------------------------------------------------------------------
// Choosing the lines
// ---------------------------------------------------------------------------

/** Greedy filling: [start, end) item ranges, one per line, covering all items. */
function chooseLines(ctx: Context): Array<[number, number]> {
  const n = ctx.items.length;
  const lines: Array<[number, number]> = [];
  let lineStart = 0;
  let pos = lineStart; // end of what the current line holds so far
  while (pos < n) {
    const isFirst = lines.length === 0;
    const unitEnd = nextOpportunity(ctx, pos);
    // Squeeze first: a unit that fits once punctuation is compressed stays on the line.
    if (fits(ctx, lineStart, unitEnd, isFirst)) {
      pos = unitEnd;
      continue;
    }
    // Then push: the unit starts the next line, if it fits on a line of its own.
    if (pos > lineStart && fits(ctx, pos, unitEnd, false)) {
      lines.push([lineStart, pos]);
      lineStart = pos;
      continue;
    }
    // The unit is too wide for any line: split it at item level.
    const split = splitPoint(ctx, lineStart, pos, unitEnd, isFirst);
    const end = split ?? pos;
    lines.push([lineStart, end]);
    lineStart = end;
    pos = end;
  }
  if (lineStart < n) lines.push([lineStart, n]);
  return lines;
}

/** The first break opportunity after `pos`, or the paragraph end. */
function nextOpportunity(ctx: Context, pos: number): number {
  let p = pos + 1;
  while (p < ctx.items.length && !ctx.opportunities[p]) p++;
  return p;
}

/**
 * Does [start, end) fit on a line once every compressible mark is squeezed?
 * Squeezed fully, every compressible mark is at its narrowest whether the
 * adjacent-pair rule or the squeeze got it there, so the narrowest line is a
 * prefix-sum difference over its visible items: the test is O(1), not O(line).
 */
function fits(ctx: Context, start: number, end: number, isFirst: boolean): boolean {
  const { items } = ctx;
  let first = start;
  if (!isFirst) while (first < end && isSpace(items[first]!.text)) first++;
  let last = end - 1;
  while (last >= first && isSpace(items[last]!.text)) last--;
  const min = last < first ? 0 : ctx.minPrefix[last + 1]! - ctx.minPrefix[first]!;
  return min <= ctx.options.width - (isFirst ? ctx.options.indent : 0) + EPS;
}

function minPrefix(items: readonly BreakItem[], em: number): Float64Array {
  const prefix = new Float64Array(items.length + 1);
  items.forEach((item, i) => {
    prefix[i + 1] = prefix[i]! + (isCompressible(item.text) ? compressedWidth(item, em) : item.width);
  });
  return prefix;
}

/**
 * Where to cut a unit too wide for a line, which starts at `unitStart` on the line
 * begun at `lineStart`. Takes as much as fits, preferring a cut the prohibitions allow.
 * Returns null when nothing of the unit fits after what the line already holds; on an
 * empty line it always takes at least one item, so the caller makes progress.
 */
function splitPoint(ctx: Context, lineStart: number, unitStart: number, unitEnd: number, isFirst: boolean): number | null {
  let maxEnd = unitStart;
  // Minimum width never decreases as items are added, so scan up to the first misfit.
  while (maxEnd + 1 < unitEnd && fits(ctx, lineStart, maxEnd + 1, isFirst)) maxEnd++;
  if (maxEnd === unitStart) return unitStart > lineStart ? null : unitStart + 1;
  for (let k = maxEnd; k > unitStart; k--) if (isSoftCut(ctx.items, lineStart, k)) return k;
  return maxEnd;
}

/** Would cutting before item k keep the start/end prohibitions and —— / …… whole? */
function isSoftCut(items: readonly BreakItem[], lineStart: number, k: number): boolean {
  const next = items[k]!;
  if (isSpace(next.text) || !canStartLine(next.text)) return false;
  let a = k - 1;
  while (a >= lineStart && isSpace(items[a]!.text)) a--;
  if (a < lineStart || !canEndLine(items[a]!.text)) return false;
  const prev = items[k - 1]!;
  return !(isInseparableMark(prev.text) && prev.text === next.text);
}

// ---------------------------------------------------------------------------
// Widths of one line
// ---------------------------------------------------------------------------

/**
 * Natural widths of [start, end) set as one line: spaces at a break (after the last
 * visible item, or before the first on a continuation line) take no width, and of two
 * adjacent compressible marks one is set half width.
 */
function modelLine(ctx: Context, start: number, end: number, isFirst: boolean): LineModel {
  const { items, options } = ctx;
  let first = start;
  if (!isFirst) while (first < end && isSpace(items[first]!.text)) first++;
  let last = end - 1;
  while (last >= first && isSpace(items[last]!.text)) last--;
  const widths: number[] = [];
  for (let i = start; i < end; i++) widths.push(i >= first && i <= last ? items[i]!.width : 0);
  const compressed = compressAdjacentMarks(ctx, start, first, last, widths);
  const slack = widths.map((w, j) => {
    const item = items[start + j]!;
    const inLine = start + j >= first && start + j <= last;
    return inLine && !compressed[j] && isCompressible(item.text) ? Math.max(0, w - compressedWidth(item, options.em)) : 0;
  });
  return { start, end, offset: isFirst ? options.indent : 0, widths, slack, first, last };
}

/**
 * Sets one mark of each adjacent compressible pair half width (so 。” or ）、 is 1.5 em):
 * the first when its blank lies after its glyph (closing, pause, ·), else the second
 * (two opening marks: “《 loses the blank before 《). Returns which were compressed.
 */
function compressAdjacentMarks(ctx: Context, start: number, first: number, last: number, widths: number[]): boolean[] {
  const { items, options } = ctx;
  const compressed = widths.map(() => false);
  for (let i = first; i < last; i++) {
    const a = items[i]!;
    const b = items[i + 1]!;
    if (!isCompressible(a.text) || !isCompressible(b.text)) continue;
    const target = blankSide(a.text) === 'start' ? i + 1 : i;
    const j = target - start;
    if (compressed[j]) continue;
    widths[j] = compressedWidth(items[target]!, options.em);
    compressed[j] = true;
  }
  return compressed;
}

// ---------------------------------------------------------------------------
// Justifying and placing one line
// ---------------------------------------------------------------------------

function layoutLine(ctx: Context, start: number, end: number, isFirst: boolean, isLast: boolean): BrokenLine {
  const model = modelLine(ctx, start, end, isFirst);
  const available = ctx.options.width - model.offset;
  const natural = sum(model.widths);
  let gaps = model.widths.map(() => 0);
  let justified = false;
  if (natural > available + EPS) {
    // Only a line that got its last unit by squeezing (or an item wider than the line).
    squeeze(ctx, model, natural - available);
    justified = sum(model.widths) <= available + EPS;
  } else if (!isLast) {
    const stretched = stretch(ctx, model, available - natural);
    if (stretched !== null) {
      gaps = stretched;
      justified = true;
    }
  }
  return { items: place(model, gaps), justified };
}

/**
 * Removes `excess` from compressible marks: the mark at the line end first (clreq's
 * preferred place), then all others in proportion to what each may still give.
 */
function squeeze(ctx: Context, model: LineModel, excess: number): void {
  let need = excess;
  const lastJ = model.last - model.start;
  const lastSide = model.last >= model.first ? blankSide(ctx.items[model.last]!.text) : null;
  if (lastSide === 'end' || lastSide === 'both') need -= take(model, lastJ, need);
  const total = sum(model.slack);
  if (total <= 0 || need <= 0) return;
  const ratio = Math.min(1, need / total);
  for (let j = 0; j < model.slack.length; j++) take(model, j, model.slack[j]! * ratio);
}

/** Squeezes item j by up to `amount`; returns how much it gave. */
function take(model: LineModel, j: number, amount: number): number {
  const given = Math.min(amount, model.slack[j]!);
  model.widths[j]! -= given;
  model.slack[j]! -= given;
  return given;
}

/**
 * Extra space after each item so the line ends at the measure, or null when the line
 * has no gap (fewer than two visible items). Space goes to CJK/CJK and CJK/Latin gaps
 * and after spaces, never inside Latin words nor after the last item; a line with only
 * Latin-internal gaps (a split long word) is letter-spaced instead.
 */
function stretch(ctx: Context, model: LineModel, extra: number): number[] | null {
  if (model.last <= model.first) return null;
  const { items, options } = ctx;
  const candidates: number[] = [];
  for (let i = model.first; i < model.last; i++) candidates.push(i);
  const stretchable = candidates.filter((i) => isStretchableGap(items[i]!, items[i + 1]!, options.em));
  const chosen = stretchable.length > 0 ? stretchable : candidates;
  const gaps = model.widths.map(() => 0);
  for (const i of chosen) gaps[i - model.start] = extra / chosen.length;
  return gaps;
}

/** A gap takes extra space after a space, or where either side is set on the CJK grid. */
function isStretchableGap(a: BreakItem, b: BreakItem, em: number): boolean {
  if (isSpace(a.text)) return true;
  if (isSpace(b.text)) return false; // the gap after the space takes it
  return isWide(a, em) || isWide(b, em);
}

function place(model: LineModel, gaps: readonly number[]): PlacedItem[] {
  const placed: PlacedItem[] = [];
  let x = model.offset;
  for (let j = 0; j < model.widths.length; j++) {
    const width = model.widths[j]!;
    placed.push({ index: model.start + j, x, width });
    x += width + gaps[j]!;
  }
  return placed;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
