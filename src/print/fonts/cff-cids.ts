/**
 * The CID of each glyph of a CID-keyed CFF font: an OpenType font with
 * PostScript outlines, as the .otf editions of Source Han and Noto CJK are.
 * A PDF draws such a font by CID, not by glyph number, and harfbuzz keeps
 * each glyph's CID when it renumbers the glyphs of a subset, so the codes
 * drawn are read from the subset's charset. A name-keyed CFF font (most
 * Latin .otf) is drawn by glyph number: null.
 *
 * Reads only what that takes (Adobe TN #5176): the header, the Name INDEX,
 * the Top DICT (ROS, charset, CharStrings) and the charset.
 */
import { FontFormatError } from './sfnt.ts';

const OP_CHARSET = 15;
const OP_CHARSTRINGS = 17;
const OP_ROS = 1200 + 30; // two-byte operator 12 30

/** `cff`: the bytes of the 'CFF ' table. Index: glyph number; value: its CID. */
export function cffGlyphCids(cff: Uint8Array): number[] | null {
  const view = new DataView(cff.buffer, cff.byteOffset, cff.byteLength);
  try {
    const nameIndex = view.getUint8(2); // hdrSize
    const topIndex = indexEnd(view, nameIndex);
    const top = topDict(view, topIndex);
    if (!top.has(OP_ROS)) return null;
    const charset = top.get(OP_CHARSET)?.[0];
    const charStrings = top.get(OP_CHARSTRINGS)?.[0];
    if (charset === undefined || charStrings === undefined) throw new FontFormatError('CFF 字体缺少 charset 或 CharStrings');
    return readCharset(view, charset, view.getUint16(charStrings));
  } catch (error) {
    if (error instanceof RangeError) throw new FontFormatError('CFF 表不完整');
    throw error;
  }
}

/** Where the INDEX starting at `at` ends. */
function indexEnd(view: DataView, at: number): number {
  const count = view.getUint16(at);
  if (count === 0) return at + 2;
  const offSize = view.getUint8(at + 2);
  const offsetsAt = at + 3;
  const last = readOffset(view, offsetsAt + count * offSize, offSize);
  return offsetsAt + (count + 1) * offSize + last - 1;
}

function readOffset(view: DataView, at: number, size: number): number {
  let n = 0;
  for (let i = 0; i < size; i++) n = n * 256 + view.getUint8(at + i);
  return n;
}

/** The first DICT of the Top DICT INDEX at `at`: operator → operands. */
function topDict(view: DataView, at: number): Map<number, number[]> {
  const count = view.getUint16(at);
  if (count === 0) throw new FontFormatError('CFF 字体没有 Top DICT');
  const offSize = view.getUint8(at + 2);
  const dataAt = at + 3 + (count + 1) * offSize - 1;
  const start = dataAt + readOffset(view, at + 3, offSize);
  const end = dataAt + readOffset(view, at + 3 + offSize, offSize);
  const dict = new Map<number, number[]>();
  let operands: number[] = [];
  for (let p = start; p < end; ) {
    const b0 = view.getUint8(p);
    if (b0 <= 21) {
      const op = b0 === 12 ? 1200 + view.getUint8(p + 1) : b0;
      p += b0 === 12 ? 2 : 1;
      dict.set(op, operands);
      operands = [];
    } else if (b0 === 28) {
      operands.push(view.getInt16(p + 1));
      p += 3;
    } else if (b0 === 29) {
      operands.push(view.getInt32(p + 1));
      p += 5;
    } else if (b0 === 30) {
      // A real number, in nibbles up to the one that ends it (0xf): none of the operators read here takes one.
      p++;
      while ((view.getUint8(p) & 0x0f) !== 0x0f && (view.getUint8(p) & 0xf0) !== 0xf0) p++;
      p++;
      operands.push(Number.NaN);
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push(b0 - 139);
      p += 1;
    } else if (b0 >= 247 && b0 <= 250) {
      operands.push((b0 - 247) * 256 + view.getUint8(p + 1) + 108);
      p += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      operands.push(-(b0 - 251) * 256 - view.getUint8(p + 1) - 108);
      p += 2;
    } else {
      throw new FontFormatError(`CFF Top DICT 中有无法识别的字节 ${b0}`);
    }
  }
  return dict;
}

/** Glyph 0 is CID 0; the charset lists the others, one by one (format 0) or in ranges (1, 2). */
function readCharset(view: DataView, at: number, glyphs: number): number[] {
  const cids = [0];
  const format = view.getUint8(at);
  let p = at + 1;
  if (format === 0) {
    while (cids.length < glyphs) {
      cids.push(view.getUint16(p));
      p += 2;
    }
  } else if (format === 1 || format === 2) {
    while (cids.length < glyphs) {
      const first = view.getUint16(p);
      const left = format === 1 ? view.getUint8(p + 2) : view.getUint16(p + 2);
      p += format === 1 ? 3 : 4;
      for (let k = 0; k <= left && cids.length < glyphs; k++) cids.push(first + k);
    }
  } else {
    throw new FontFormatError(`CFF charset 格式 ${format} 无法识别`);
  }
  return cids;
}
