/** What layout hands to drawing: glyphs and rules at absolute page positions (pt, y from the page top). */
import type { FontRole } from '../fonts/roles.ts';
import type { SourcePos } from '../measure/measure.ts';

export type Color = 'black' | 'red';

export interface GlyphOp {
  text: string;
  /** Left edge from the page's left edge. */
  x: number;
  /** Baseline from the page's top edge. */
  y: number;
  /** Width the glyph is set in (the next glyph's x minus this one's, before justification gaps). */
  width: number;
  role: FontRole;
  size: number;
  color: Color;
  source?: SourcePos | undefined;
}

export interface RuleOp {
  x1: number;
  x2: number;
  /** Centre of the rule from the page's top edge. */
  y: number;
  thickness: number;
  color: Color;
}

export interface PageOps {
  glyphs: GlyphOp[];
  rules: RuleOp[];
}

/** One set line, positioned horizontally relative to the type area's left edge. */
export interface TextLine {
  glyphs: Omit<GlyphOp, 'y'>[];
  size: number;
}
