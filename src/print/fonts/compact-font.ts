/**
 * A font cut down for harfbuzz without renumbering anything: every table as
 * in the file, except that glyf holds only the outlines asked for so far
 * (the other glyphs are empty) and loca points into that. A 15 MB CJK font
 * is almost all outlines and an issue draws a few hundred of its 65,000
 * glyphs, so about 1 MB is read instead of 15, and four fonts fit in
 * harfbuzz's 65 MB heap with room to spare, whatever their size.
 *
 * harfbuzz reads no other outline: a subset keeps .notdef, the glyphs the
 * characters map to, and the parts of composite glyphs (layout and bidi
 * closure are off and the layout tables are dropped, see subset.ts). The subset is the
 * same bytes as one cut from the whole font (tests/print/compact-font.test.ts).
 * A font for which that does not hold (PostScript outlines, or colour layers
 * in COLR) is passed whole.
 */
import { closeSync, openSync, readFileSync } from 'node:fs';
import { readExactly, sfntOf, type Sfnt } from './sfnt.ts';

export interface CompactFont {
  /** Takes in the outlines `codePoints` need; true when any was missing. */
  add(codePoints: readonly number[]): boolean;
  /** The font file harfbuzz is given: every outline added so far. */
  bytes(): Uint8Array;
  /** Which font of `bytes()` to use: a collection read whole keeps its faces. */
  faceIndex: number;
}

/** Tables whose glyph references would need outlines beyond cmap and composites. */
const CLOSURE_TABLES = ['COLR'];

export function compactFont(file: string, { whole = false } = {}): CompactFont {
  const sfnt = sfntOf(file);
  if (whole || !sfnt.hasGlyf || CLOSURE_TABLES.some((t) => sfnt.tables.has(t))) {
    const bytes = new Uint8Array(readFileSync(file));
    return { add: () => false, bytes: () => bytes, faceIndex: sfnt.faceIndex };
  }
  const tables = new Map<string, Uint8Array>();
  for (const tag of sfnt.tables.keys()) if (tag !== 'glyf' && tag !== 'loca') tables.set(tag, sfnt.table(tag)!);
  const maxp = tables.get('maxp')!;
  const glyphCount = new DataView(maxp.buffer, maxp.byteOffset, maxp.byteLength).getUint16(4);
  const outlines = new Map<number, Uint8Array>();
  return {
    add: (codePoints) => {
      const missing = [0, ...codePoints.map((cp) => sfnt.glyphId(cp))].filter((g) => !outlines.has(g));
      if (missing.length === 0) return false;
      withFile(file, (read) => readOutlines(sfnt, outlines, missing, read));
      return true;
    },
    bytes: () => assemble(sfnt, tables, outlines, glyphCount),
    // One font, made of the chosen face's tables.
    faceIndex: 0,
  };
}

function withFile(file: string, use: (read: (offset: number, length: number) => Uint8Array) => void): void {
  const fd = openSync(file, 'r');
  try {
    use((offset, length) => readExactly(fd, offset, length));
  } finally {
    closeSync(fd);
  }
}

/**
 * Outlines lie in glyph order, which for CJK fonts is code point order, so
 * an issue's few hundred characters sit a few KB apart across the glyf
 * table. Nearby outlines are read together, one read per run of them:
 * reading a small gap costs less than another call into the file system
 * (per outline, that was half the font work of a cold run).
 */
const JOIN_GAP = 16 * 1024;

function readOutlines(sfnt: Sfnt, outlines: Map<number, Uint8Array>, glyphs: number[], read: (offset: number, length: number) => Uint8Array): void {
  let wanted = glyphs;
  while (wanted.length) {
    const ranges = [...new Set(wanted)]
      .filter((g) => !outlines.has(g))
      .map((glyph) => ({ glyph, ...sfnt.glyphRange(glyph)! }))
      .sort((a, b) => a.offset - b.offset);
    const parts: number[] = [];
    for (let i = 0; i < ranges.length; ) {
      const start = ranges[i]!.offset;
      let end = start + ranges[i]!.length;
      let j = i + 1;
      while (j < ranges.length && ranges[j]!.offset - end <= JOIN_GAP) end = Math.max(end, ranges[j]!.offset + ranges[j++]!.length);
      const bytes = end > start ? read(start, end - start) : new Uint8Array(0);
      for (; i < j; i++) {
        const { glyph, offset, length } = ranges[i]!;
        const outline = bytes.subarray(offset - start, offset - start + length);
        outlines.set(glyph, outline);
        parts.push(...components(outline));
      }
    }
    // Composite glyphs' parts, read the same way.
    wanted = parts;
  }
}

/** An sfnt with the original directory (sorted by tag, as harfbuzz searches it), a long-format loca and the outlines we have. */
function assemble(sfnt: Sfnt, tables: Map<string, Uint8Array>, outlines: Map<number, Uint8Array>, glyphCount: number): Uint8Array {
  // loca: glyphCount + 1 big-endian offsets. Runs of absent glyphs share one offset, so they are
  // filled natively (a loop over 65,000 entries was most of a cold run's font work).
  const loca = new Uint32Array(glyphCount + 1);
  const present = [...outlines.keys()].sort((a, b) => a - b);
  const offsets = new Map<number, number>();
  let glyfLength = 0;
  let next = 0;
  for (const g of [...present, glyphCount]) {
    loca.fill(bigEndian(glyfLength), next, g + 1);
    if (g === glyphCount) break;
    offsets.set(g, glyfLength);
    // Each outline at its length in the file, padding included: harfbuzz keeps a composite glyph's tail as it finds it.
    glyfLength += outlines.get(g)!.length;
    next = g + 1;
  }
  const glyf = new Uint8Array(glyfLength);
  for (const [g, outline] of outlines) glyf.set(outline, offsets.get(g)!);
  const head = tables.get('head')!.slice();
  new DataView(head.buffer).setInt16(50, 1); // indexToLocFormat: long offsets

  const data = new Map(tables).set('head', head).set('glyf', glyf).set('loca', new Uint8Array(loca.buffer));
  const tags = [...sfnt.tables.keys()].sort();
  const headerLength = 12 + tags.length * 16;
  let size = headerLength;
  for (const t of tags) size += pad4(data.get(t)!.length);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000); // TrueType outlines
  view.setUint16(4, tags.length);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint16(6, power * 16); // searchRange, entrySelector, rangeShift
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let at = headerLength;
  tags.forEach((t, i) => {
    const bytes = data.get(t)!;
    const record = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[record + k] = t.charCodeAt(k);
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, bytes.length);
    out.set(bytes, at);
    at += pad4(bytes.length);
  });
  return out;
}

const pad4 = (n: number) => (n + 3) & ~3;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** A 32-bit value whose bytes, stored natively, read big-endian (as font tables are). */
const bigEndian = (n: number) => (LITTLE_ENDIAN ? ((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24) : n) >>> 0;

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** The glyphs a composite glyph is made of (none for a simple glyph). */
export function components(outline: Uint8Array): number[] {
  const view = new DataView(outline.buffer, outline.byteOffset, outline.byteLength);
  if (outline.byteLength < 10 || view.getInt16(0) >= 0) return [];
  const out: number[] = [];
  for (let at = 10; at + 4 <= outline.byteLength; ) {
    const flags = view.getUint16(at);
    out.push(view.getUint16(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return out;
}
