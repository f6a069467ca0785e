/**
 * The line breaker's interface. It knows nothing of PDF or fonts: the caller
 * measures each item (a grapheme with its natural advance) and the breaker
 * returns lines with every item's position.
 */

/** One unit the breaker places: a grapheme cluster with its natural advance. */
export interface BreakItem {
  /** One grapheme cluster (usually one character). */
  text: string;
  /** Natural advance in pt. CJK ideographs and full-width punctuation: one grid cell. */
  width: number;
  /** Opaque run id (font, weight) the caller passes through; the breaker ignores it. */
  run?: number;
}

export interface BreakOptions {
  /** Line width in pt (the type area width). */
  width: number;
  /** Indent of the paragraph's first line in pt (two grid cells for body text). */
  indent: number;
  /** The full-width em in pt (one grid cell): the unit of punctuation compression. */
  em: number;
}

export interface PlacedItem {
  /** Index into the input items. */
  index: number;
  /** Left edge relative to the line start (indent included), in pt. */
  x: number;
  /** Width as set: natural, or less where punctuation was compressed. */
  width: number;
}

export interface BrokenLine {
  items: PlacedItem[];
  /** True when the line was stretched or squeezed to end exactly at `width`. */
  justified: boolean;
}
