/**
 * `npm run new-article` writes a body skeleton with 【待填写：…】 placeholders.
 * They must never reach a page or the press, so each one left is an error.
 */
import type { DiagnosticBag } from '../diagnostics.ts';
import type { ParsedContent } from '../load/parse-content.ts';
import { normalizeNewlines } from '../load/markdown-source.ts';

export const PLACEHOLDER_OPEN = '【待填写：';

export function checkPlaceholders(parsed: ParsedContent, bag: DiagnosticBag): void {
  for (const doc of [...parsed.issues, ...parsed.articles]) {
    normalizeNewlines(doc.body)
      .split('\n')
      .forEach((text, index) => {
        let from = text.indexOf(PLACEHOLDER_OPEN);
        while (from >= 0) {
          const end = text.indexOf('】', from);
          const what = text.slice(from + PLACEHOLDER_OPEN.length, end < 0 ? undefined : end);
          bag.add({
            file: doc.file,
            line: doc.bodyStartLine + index,
            column: [...text.slice(0, from)].length + 1,
            field: '(正文)',
            message: `还有未填写的模板内容“${what}”`,
            fix: '把【待填写：…】整个替换为正文，不需要的段落整段删除',
            rule: 'article.placeholder',
          });
          from = text.indexOf(PLACEHOLDER_OPEN, from + 1);
        }
      });
  }
}
