/**
 * Characters that must not reach a page: private-use code points (debris of
 * PDF exports, where a font mapped 「·」 or 「—」 to its own slot) and raw
 * HTML in Markdown bodies, which the site would strip and print could not set.
 */
import { visit } from 'unist-util-visit';
import type { Html } from 'mdast';
import type { DiagnosticBag } from '../diagnostics.ts';
import type { ParsedContent } from '../load/parse-content.ts';
import { normalizeNewlines } from '../load/markdown-source.ts';
import { parseMarkdown } from '../markdown.ts';

export function isPrivateUse(codePoint: number): boolean {
  return (
    (codePoint >= 0xe000 && codePoint <= 0xf8ff) ||
    (codePoint >= 0xf0000 && codePoint <= 0xffffd) ||
    (codePoint >= 0x100000 && codePoint <= 0x10fffd)
  );
}

export interface CharacterHit {
  line: number;
  column: number;
  char: string;
  codePoint: string;
}

export function findPrivateUse(text: string): CharacterHit[] {
  const hits: CharacterHit[] = [];
  normalizeNewlines(text)
    .split('\n')
    .forEach((lineText, index) => {
      let column = 1;
      for (const ch of lineText) {
        const cp = ch.codePointAt(0)!;
        if (isPrivateUse(cp)) {
          hits.push({ line: index + 1, column, char: ch, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` });
        }
        column += 1;
      }
    });
  return hits;
}

export function checkCharacters(parsed: ParsedContent, bag: DiagnosticBag): void {
  for (const file of parsed.files) {
    for (const hit of findPrivateUse(file.text)) {
      bag.add({
        file: file.path,
        line: hit.line,
        column: hit.column,
        field: '(字符)',
        message: `私用区字符 ${hit.codePoint}（多为 PDF 导出残留，网页和印刷版都无法正确显示）`,
        fix: '删除该字符，或改为原文应有的字符（常见的是间隔号“·”）',
        rule: 'chars.private-use',
      });
    }
  }
  for (const doc of [...parsed.issues, ...parsed.articles]) checkRawHtml(doc.file, doc.body, doc.bodyStartLine, bag);
}

function checkRawHtml(file: string, body: string, bodyStartLine: number, bag: DiagnosticBag): void {
  if (!body.includes('<')) return;
  const tree = parseMarkdown(body);
  visit(tree, 'html', (node: Html) => {
    if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return; // comments are the editor's own notes
    bag.add({
      file,
      line: bodyStartLine + (node.position?.start.line ?? 1) - 1,
      column: node.position?.start.column,
      field: '(正文)',
      message: `正文中有 HTML 标记“${node.value.trim().slice(0, 40)}”，网页会将其清除，印刷版也无法排出`,
      fix: '改用 Markdown 写法（加粗用 **文字**，列表用 - 开头），或删除该标记',
      rule: 'markdown.raw-html',
    });
  });
}
