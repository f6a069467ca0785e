/** Font files an office names in publication.yaml must exist and be fonts the print engine reads, or the print edition cannot be made. */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DiagnosticBag } from '../diagnostics.ts';
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
    const signature = firstBytes(file);
    if (SFNT_SIGNATURES.includes(signature)) continue;
    bag.add({
      ...where,
      message: WEB_FONT_SIGNATURES.includes(signature)
        ? `“${path}”是网页字体（WOFF），印刷版读不了`
        : `“${path}”不是 TrueType/OpenType 字体文件`,
      fix: '换用字体的 .ttf、.otf 或 .ttc 文件，或删去此行以使用默认字体',
      rule: 'publication.font-unreadable',
    });
  }
}

function firstBytes(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(4);
    return head.toString('latin1', 0, readSync(fd, head, 0, 4, 0));
  } catch {
    return ''; // a folder, or a file that cannot be read
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
