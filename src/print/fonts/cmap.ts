/**
 * A font's character → glyph map, read from its cmap table: harfbuzz
 * renumbers glyphs when it subsets, so the glyph a character is drawn with
 * is looked up in the subset itself. Formats 12 (all of Unicode) and 4 (the
 * Basic Multilingual Plane), the two a Unicode font carries.
 */
export function readCmap(font: Uint8Array): Map<number, number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const table = tableOffset(font, view, 'cmap');
  let best: { offset: number; format: number } | undefined;
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
  return best.format === 12 ? format12(view, best.offset) : format4(view, best.offset);
}

function tableOffset(font: Uint8Array, view: DataView, tag: string): number {
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === tag) return view.getUint32(record + 8);
  }
  throw new Error(`字体没有 ${tag} 表`);
}

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

function format4(view: DataView, offset: number): Map<number, number> {
  const map = new Map<number, number>();
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const range = view.getUint16(ranges + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (range === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(ranges + s * 2 + range + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}
