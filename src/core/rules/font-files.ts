/** Font files an office names in publication.yaml must exist, or the print edition cannot be made. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DiagnosticBag } from '../diagnostics.ts';
import type { ParsedContent } from '../load/parse-content.ts';

export function checkFontFiles(parsed: ParsedContent, root: string, bag: DiagnosticBag): void {
  const pub = parsed.publication;
  if (!pub) return;
  for (const [role, path] of Object.entries(pub.data.print.fonts)) {
    if (!path || existsSync(resolve(root, path))) continue;
    bag.add({
      file: pub.file,
      line: pub.source.lineOf(['print', 'fonts', role]),
      field: `print.fonts.${role}`,
      message: `字体文件“${path}”不存在`,
      fix: '写相对于项目根目录的路径（如 fonts/仿宋_GB2312.ttf），或删去此行以使用默认字体',
      rule: 'publication.font-missing',
    });
  }
}
