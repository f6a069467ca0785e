/**
 * Text tools leave for the editor: `npm run new-article` writes a skeleton
 * with 【待填写：…】, `npm run import` marks text it could not place with
 * 【导入待核：…】. Neither may reach a page or the press, so each one left is
 * an error.
 */
import type { DiagnosticBag } from '../diagnostics.ts';
import type { ParsedContent } from '../load/parse-content.ts';
import { normalizeNewlines } from '../load/markdown-source.ts';

export const PLACEHOLDER_OPEN = '【待填写：';
export const IMPORT_MARK_OPEN = '【导入待核：';

export const PLACEHOLDER_RULE = 'article.placeholder';
export const IMPORT_MARK_RULE = 'article.import-mark';

const MARKERS = [
  {
    open: PLACEHOLDER_OPEN,
    rule: PLACEHOLDER_RULE,
    message: (what: string) => `还有未填写的模板内容“${what}”`,
    fix: '把【待填写：…】整个替换为正文，不需要的段落整段删除',
  },
  {
    open: IMPORT_MARK_OPEN,
    rule: IMPORT_MARK_RULE,
    message: (what: string) => `导入时未能归位的文字尚未核对：${what}`,
    fix: '对照原件把标记段之后的文字移到合适位置或删除，再删去【导入待核：…】这一段',
  },
];

export function checkPlaceholders(parsed: ParsedContent, bag: DiagnosticBag): void {
  for (const doc of [...parsed.issues, ...parsed.articles]) {
    normalizeNewlines(doc.body)
      .split('\n')
      .forEach((text, index) => {
        for (const marker of MARKERS) {
          for (let from = text.indexOf(marker.open); from >= 0; from = text.indexOf(marker.open, from + 1)) {
            const end = text.indexOf('】', from);
            const what = text.slice(from + marker.open.length, end < 0 ? undefined : end);
            bag.add({
              file: doc.file,
              line: doc.bodyStartLine + index,
              column: [...text.slice(0, from)].length + 1,
              field: '(正文)',
              message: marker.message(what),
              fix: marker.fix,
              rule: marker.rule,
            });
          }
        }
      });
  }
}
