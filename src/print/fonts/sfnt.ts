/**
 * The few facts the print engine needs from an OpenType/TrueType font, read
 * straight from its tables: the table directory, a handful of header
 * numbers, and per glyph only what is asked for (cmap entry, advance, box).
 * A full CJK font (15 MB, 65,000 glyphs) opens in microseconds, where a
 * general font library decodes whole tables first (fontkit's hmtx and cmap:
 * about a tenth of a second of every cold `npm run print`).
 *
 * The outlines (glyf, most of the file) need not be in memory: `readSfntFile`
 * reads the directory and the metric tables, and a glyph's box on demand.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { cmapLookup } from './cmap.ts';
import { chooseFace, postscriptName } from '../../core/font-face.ts';

export interface Sfnt {
  unitsPerEm: number;
  /** hhea ascender and descender (font units; descender negative). */
  ascender: number;
  descender: number;
  /** head's box around every glyph (font units). */
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  italicAngle: number;
  /** OS/2 cap and x height (font units); 0 when the font does not state them. */
  capHeight: number;
  xHeight: number;
  postscriptName: string | undefined;
  /** Which font of a collection (.ttc) this is; 0 for a single font. */
  faceIndex: number;
  /** Each table's place in the file. */
  tables: ReadonlyMap<string, { offset: number; length: number }>;
  /** A table's bytes (from memory when it was read with the metric tables). */
  table(tag: string): Uint8Array | undefined;
  /** TrueType outlines (glyf); false for PostScript (CFF) outlines. */
  hasGlyf: boolean;
  /** The glyph a code point is drawn with; 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number;
  advance(glyph: number): number;
  /** A TrueType glyph's horizontal extent from its header; undefined for CFF outlines. */
  glyphBox(glyph: number): { minX: number; maxX: number } | undefined;
  /** Where a TrueType glyph's outline lies in the file (length 0: no outline); undefined for CFF outlines. */
  glyphRange(glyph: number): { offset: number; length: number } | undefined;
}

export class FontFormatError extends Error {}

/** Tables read whole; the outlines (glyf, CFF) are not. */
const METRIC_TABLES = ['head', 'hhea', 'hmtx', 'maxp', 'cmap', 'OS/2', 'post', 'name', 'loca'];

const opened = new Map<string, Sfnt>();

/** `readSfntFile`, once per file and process: layout and subsetting read the same font. */
export function sfntOf(file: string): Sfnt {
  let sfnt = opened.get(file);
  if (!sfnt) opened.set(file, (sfnt = readSfntFile(file)));
  return sfnt;
}

/** Opens a font file reading only its directory and metric tables (the first ~0.5 MB of a 15 MB CJK font). */
export function readSfntFile(file: string): Sfnt {
  const fd = openSync(file, 'r');
  try {
    const read = (offset: number, length: number) => readExactly(fd, offset, length);
    const face = chooseFace(read);
    const { start } = face;
    const count = new DataView(read(start + 4, 2).buffer).getUint16(0);
    const directory = read(0, start + 12 + count * 16);
    const view = new DataView(directory.buffer);
    let end = directory.length;
    for (let i = 0; i < count; i++) {
      const record = start + 12 + i * 16;
      if (METRIC_TABLES.includes(String.fromCharCode(...directory.subarray(record, record + 4)))) {
        end = Math.max(end, view.getUint32(record + 8) + view.getUint32(record + 12));
      }
    }
    // Glyph headers lie beyond: only a dash's box is asked for, long after loading, so the file is opened again then.
    const readLater = (offset: number, length: number) => {
      const again = openSync(file, 'r');
      try {
        return readExactly(again, offset, length);
      } finally {
        closeSync(again);
      }
    };
    return readSfnt(read(0, end), readLater, face);
  } finally {
    closeSync(fd);
  }
}

/** `length` bytes of an open font file from `offset`; a file shorter than its directory says is not a whole font. */
export function readExactly(fd: number, offset: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let done = 0; done < length; ) {
    const n = readSync(fd, out, done, length - done, offset + done);
    if (n === 0) throw new FontFormatError('不是完整的字体文件（内容比表目录所说的短）');
    done += n;
  }
  return out;
}

/**
 * A font from its bytes: the whole file, or a prefix holding its directory
 * and metric tables with `readAt` for what lies beyond (glyph headers), and
 * `face` when the caller has already chosen a collection's font.
 */
export function readSfnt(bytes: Uint8Array, readAt?: (offset: number, length: number) => Uint8Array, face?: { start: number; index: number }): Sfnt {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 16) throw new FontFormatError('不是字体文件（太短）');
  const { start, index: faceIndex } =
    face ??
    chooseFace((offset, length) => {
      if (offset + length <= bytes.byteLength) return bytes.subarray(offset, offset + length);
      if (!readAt) throw new FontFormatError('不是完整的字体文件（内容比表目录所说的短）');
      return readAt(offset, length);
    });
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(start + 4);
  for (let i = 0; i < count; i++) {
    const record = start + 12 + i * 16;
    tables.set(String.fromCharCode(...bytes.subarray(record, record + 4)), { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag)?.offset;
    if (offset === undefined) throw new FontFormatError(`字体缺少 ${tag} 表`);
    return offset;
  };

  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const metricsCount = view.getUint16(hhea + 34);
  const os2 = tables.get('OS/2')?.offset;
  const post = tables.get('post')?.offset;
  const glyf = tables.get('glyf')?.offset;
  const loca = tables.get('loca')?.offset;
  const longLoca = view.getInt16(head + 50) === 1;

  const locaAt = (glyph: number) => (longLoca ? view.getUint32(loca! + glyph * 4) : view.getUint16(loca! + glyph * 2) * 2);
  function glyphRange(glyph: number): { offset: number; length: number } | undefined {
    if (glyf === undefined || loca === undefined) return undefined;
    const offset = locaAt(glyph);
    return { offset: glyf + offset, length: locaAt(glyph + 1) - offset };
  }
  const int16At = (offset: number): number => {
    if (offset + 2 <= bytes.byteLength) return view.getInt16(offset);
    if (!readAt) throw new FontFormatError('不是完整的字体文件（内容比表目录所说的短）');
    const two = readAt(offset, 2);
    return (((two[0]! << 8) | two[1]!) << 16) >> 16;
  };

  return {
    unitsPerEm: view.getUint16(head + 18),
    ascender: view.getInt16(hhea + 4),
    descender: view.getInt16(hhea + 6),
    bbox: { minX: view.getInt16(head + 36), minY: view.getInt16(head + 38), maxX: view.getInt16(head + 40), maxY: view.getInt16(head + 42) },
    italicAngle: post === undefined ? 0 : view.getInt32(post + 4) / 65536,
    // sCapHeight and sxHeight exist from OS/2 version 2 on.
    capHeight: os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 88) : 0,
    xHeight: os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 86) : 0,
    postscriptName: postscriptName(bytes, view, tables.get('name')?.offset),
    faceIndex,
    tables,
    table: (tag) => {
      const at = tables.get(tag);
      if (!at) return undefined;
      if (at.offset + at.length <= bytes.byteLength) return bytes.subarray(at.offset, at.offset + at.length);
      if (!readAt) throw new FontFormatError('不是完整的字体文件（内容比表目录所说的短）');
      return readAt(at.offset, at.length);
    },
    hasGlyf: glyf !== undefined && loca !== undefined,
    glyphId: cmapLookup(bytes, table('cmap')),
    advance: (glyph) => view.getUint16(hmtx + Math.min(glyph, metricsCount - 1) * 4),
    glyphRange,
    glyphBox: (glyph) => {
      const range = glyphRange(glyph);
      if (range === undefined) return undefined;
      // An empty glyph (a space) has no header and no ink.
      if (range.length === 0) return { minX: 0, maxX: 0 };
      return { minX: int16At(range.offset + 2), maxX: int16At(range.offset + 6) };
    },
  };
}
