/**
 * A font's character → glyph map, read from its cmap table. Formats 12 (all
 * of Unicode) and 4 (the Basic Multilingual Plane), the two a Unicode font
 * carries. `cmapLookup` answers one code point at a time by binary search
 * (a full CJK font maps 30,000+ characters, of which an issue uses a few
 * hundred); `readCmap` lists a whole subset's map: harfbuzz renumbers glyphs
 * when it subsets, so the glyph a character is drawn with is looked up in
 * the subset itself.
 */

interface Subtable {
  view: DataView;
  offset: number;
  format: 4 | 12;
}

export function readCmap(font: Uint8Array): Map<number, number> {
  const { view, offset, format } = subtable(font, tableOffset(font, 'cmap'));
  return format === 12 ? format12(view, offset) : format4(view, offset);
}

/** The glyph of a code point, 0 when the font has none. `cmap` is the table's offset in the font. */
export function cmapLookup(font: Uint8Array, cmap: number): (codePoint: number) => number {
  const { view, offset, format } = subtable(font, cmap);
  return format === 12 ? (cp) => lookup12(view, offset, cp) : (cp) => lookup4(view, offset, cp);
}

function subtable(font: Uint8Array, table: number): Subtable {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  let best: { offset: number; format: 4 | 12 } | undefined;
  for (let i = 0; i < view.getUint16(table + 2); i++) {
    const record = table + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const offset = table + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    if (format === 12 || (format === 4 && best?.format !== 12)) best = { offset, format };
  }
  if (!best) throw new Error('字体没有 Unicode 字符映射表（cmap 格式 4 或 12）');
  return { view, ...best };
}

function tableOffset(font: Uint8Array, tag: string): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === tag) return view.getUint32(record + 8);
  }
  throw new Error(`字体没有 ${tag} 表`);
}

// ---------------------------------------------------------------- format 12: sequential groups

function format12(view: DataView, offset: number): Map<number, number> {
  const map = new Map<number, number>();
  const groups = view.getUint32(offset + 12);
  for (let g = 0; g < groups; g++) {
    const at = offset + 16 + g * 12;
    const start = view.getUint32(at);
    const end = view.getUint32(at + 4);
    const glyph = view.getUint32(at + 8);
    for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
  }
  return map;
}

function lookup12(view: DataView, offset: number, cp: number): number {
  let lo = 0;
  let hi = view.getUint32(offset + 12) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = offset + 16 + mid * 12;
    if (cp < view.getUint32(at)) hi = mid - 1;
    else if (cp > view.getUint32(at + 4)) lo = mid + 1;
    else return view.getUint32(at + 8) + cp - view.getUint32(at);
  }
  return 0;
}

// ---------------------------------------------------------------- format 4: segments of the BMP

interface Segments {
  count: number;
  ends: number;
  starts: number;
  deltas: number;
  ranges: number;
}

function segments(view: DataView, offset: number): Segments {
  const count = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + count * 2 + 2;
  const deltas = starts + count * 2;
  return { count, ends, starts, deltas, ranges: deltas + count * 2 };
}

/** The glyph of `c` in segment `s`, which holds it. */
function segmentGlyph(view: DataView, seg: Segments, s: number, c: number): number {
  const delta = view.getUint16(seg.deltas + s * 2);
  const range = view.getUint16(seg.ranges + s * 2);
  if (range === 0) return (c + delta) & 0xffff;
  const raw = view.getUint16(seg.ranges + s * 2 + range + (c - view.getUint16(seg.starts + s * 2)) * 2);
  return raw === 0 ? 0 : (raw + delta) & 0xffff;
}

function format4(view: DataView, offset: number): Map<number, number> {
  const map = new Map<number, number>();
  const seg = segments(view, offset);
  for (let s = 0; s < seg.count; s++) {
    const start = view.getUint16(seg.starts + s * 2);
    const end = view.getUint16(seg.ends + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const glyph = segmentGlyph(view, seg, s, c);
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

function lookup4(view: DataView, offset: number, cp: number): number {
  if (cp >= 0xffff) return 0;
  const seg = segments(view, offset);
  // The first segment whose end is at or after cp.
  let lo = 0;
  let hi = seg.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (view.getUint16(seg.ends + mid * 2) < cp) lo = mid + 1;
    else hi = mid;
  }
  if (view.getUint16(seg.ends + lo * 2) < cp || view.getUint16(seg.starts + lo * 2) > cp) return 0;
  return segmentGlyph(view, seg, lo, cp);
}
