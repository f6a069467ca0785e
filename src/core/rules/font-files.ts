/** Font files an office names in publication.yaml must exist and be fonts the print engine reads, or the print edition cannot be made. */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DiagnosticBag } from '../diagnostics.ts';
import { chooseFace } from '../font-face.ts';
import type { ParsedContent } from '../load/parse-content.ts';

/** The first four bytes of a TrueType (.ttf), OpenType (.otf) and collection (.ttc) file. */
const SFNT_SIGNATURES = ['\0\x01\0\0', 'OTTO', 'true', 'ttcf'];
const WEB_FONT_SIGNATURES = ['wOFF', 'wOF2'];

export function checkFontFiles(parsed: ParsedContent, root: string, bag: DiagnosticBag): void {
  const pub = parsed.publication;
  if (!pub) return;
  for (const [role, path] of Object.entries(pub.data.print.fonts)) {
    if (!path) continue;
    const where = { file: pub.file, line: pub.source.lineOf(['print', 'fonts', role]), field: `print.fonts.${role}` };
    const file = resolve(root, path);
    if (!existsSync(file)) {
      bag.add({
        ...where,
        message: `字体文件“${path}”不存在`,
        fix: '写相对于项目根目录的路径（如 fonts/仿宋_GB2312.ttf），或删去此行以使用默认字体',
        rule: 'publication.font-missing',
      });
      continue;
    }
    const problem = fontProblem(file);
    if (!problem) continue;
    bag.add({
      ...where,
      message: `“${path}”${problem}`,
      fix: '换用字体完整的 .ttf、.otf 或 .ttc 文件，或删去此行以使用默认字体',
      rule: 'publication.font-unreadable',
    });
  }
}

/**
 * The print engine's subsetter (harfbuzz, in WebAssembly) has a 64 MB heap.
 * A TrueType font goes into it cut down to the outlines an issue uses; a
 * PostScript-outline (CFF) font goes in whole, with room left for the work.
 */
export const MAX_POSTSCRIPT_FONT_BYTES = 48 * 2 ** 20;

/** Tables the print engine reads from every font (plus outlines: glyf and loca, or CFF). */
const REQUIRED_TABLES = ['head', 'hhea', 'hmtx', 'maxp', 'cmap'];

/** What is wrong with a font file, from its signature and table directory; undefined when nothing is. */
export function fontProblem(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const read = (offset: number, length: number) => {
      const out = Buffer.alloc(length);
      return out.subarray(0, readSync(fd!, out, 0, length, offset));
    };
    const header = read(0, 16);
    const signature = header.toString('latin1', 0, 4);
    if (WEB_FONT_SIGNATURES.includes(signature)) return '是网页字体（WOFF），印刷版读不了';
    if (!SFNT_SIGNATURES.includes(signature) || header.length < 16) return '不是 TrueType/OpenType 字体文件';
    // A collection (.ttc): the font in it the print engine uses.
    const { start } = chooseFace(read);
    const count = read(start + 4, 2).readUInt16BE(0);
    const directory = read(start + 12, count * 16);
    if (directory.length < count * 16) return '不完整（文件在表目录处就结束了）';
    const tables = new Set<string>();
    for (let i = 0; i < count; i++) {
      const record = directory.subarray(i * 16, i * 16 + 16);
      if (record.readUInt32BE(8) + record.readUInt32BE(12) > size) return '不完整（文件比它的表目录所说的短）';
      tables.add(record.toString('latin1', 0, 4));
    }
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (!(tables.has('glyf') && tables.has('loca')) && !tables.has('CFF ')) missing.push('glyf');
    if (missing.length) return `缺少字体表 ${missing.join('、')}`;
    if (!tables.has('glyf') && size > MAX_POSTSCRIPT_FONT_BYTES) {
      return `太大（${Math.round(size / 2 ** 20)} MB）：PostScript 轮廓（CFF）的字体要整个装进印刷引擎，上限 ${MAX_POSTSCRIPT_FONT_BYTES / 2 ** 20} MB`;
    }
    return undefined;
  } catch {
    return '无法读取'; // a folder, or a file that cannot be read
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
