/**
 * Which font of a font file the print edition uses, read from the file's
 * own tables: a single font is itself; a collection (.ttc) gives its
 * Simplified Chinese face. Here in the core because validation
 * (rules/font-files.ts) checks the very face the print engine
 * (print/fonts/sfnt.ts) then reads.
 */
const TAG_TTCF = 0x74746366;

/**
 * The font of a collection (.ttc) the print engine uses: the Simplified
 * Chinese one when the collection holds several regional forms (Noto CJK and
 * Source Han put Japanese first, whose forms of many characters differ),
 * known by its PostScript name (NotoSerifCJKsc-Regular,
 * SourceHanSerifSC-Regular); else the first (SimSun before NSimSun).
 * A single font is its own face 0.
 */
export function chooseFace(read: (offset: number, length: number) => Uint8Array): { start: number; index: number } {
  const header = viewOf(read(0, 16));
  if (header.getUint32(0) !== TAG_TTCF) return { start: 0, index: 0 };
  const count = header.getUint32(8);
  const offsets = viewOf(read(12, count * 4));
  for (let index = 0; index < count; index++) {
    const start = offsets.getUint32(index * 4);
    if (SIMPLIFIED_CHINESE_NAME.test(faceName(read, start) ?? '')) return { start, index };
  }
  return { start: offsets.getUint32(0), index: 0 };
}

const SIMPLIFIED_CHINESE_NAME = /(CJKsc|SC|Hans|GB|CN)(-|$)/;

/** A collection face's PostScript name, from its name table. */
function faceName(read: (offset: number, length: number) => Uint8Array, start: number): string | undefined {
  const count = viewOf(read(start + 4, 2)).getUint16(0);
  const directory = read(start + 12, count * 16);
  const view = viewOf(directory);
  for (let i = 0; i < count; i++) {
    if (String.fromCharCode(...directory.subarray(i * 16, i * 16 + 4)) !== 'name') continue;
    const table = read(view.getUint32(i * 16 + 8), view.getUint32(i * 16 + 12));
    return postscriptName(table, viewOf(table), 0);
  }
  return undefined;
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Name ID 6, from the Windows (UTF-16) record if there is one, else the Macintosh (ASCII) one. */
export function postscriptName(bytes: Uint8Array, view: DataView, name: number | undefined): string | undefined {
  if (name === undefined) return undefined;
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  let mac: string | undefined;
  for (let i = 0; i < count; i++) {
    const record = name + 6 + i * 12;
    if (view.getUint16(record + 6) !== 6) continue;
    const platform = view.getUint16(record);
    const length = view.getUint16(record + 8);
    const at = strings + view.getUint16(record + 10);
    if (platform === 3 || platform === 0) {
      let s = '';
      for (let j = 0; j + 1 < length; j += 2) s += String.fromCharCode(view.getUint16(at + j));
      return s;
    }
    if (platform === 1) mac ??= String.fromCharCode(...bytes.subarray(at, at + length));
  }
  return mac;
}
