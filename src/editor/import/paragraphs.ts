/**
 * Re-joining the lines of an export into paragraphs. Print and PDF exports
 * break lines inside sentences; a line that does not end a sentence goes on
 * in the next non-blank line, unless that line starts a new point.
 */
import type { Finding, Repair, SourceLine } from './types.ts';

export interface Paragraph {
  text: string;
  /** Where each input line's text starts in `text`, in order. */
  pieces: { line: number; start: number }[];
}

/** The input line the character at `offset` of a paragraph came from. */
export function lineAt(p: Paragraph, offset: number): number {
  let line = p.pieces[0]?.line ?? 0;
  for (const piece of p.pieces) {
    if (piece.start > offset) break;
    line = piece.line;
  }
  return line;
}

/** 。！？；…… possibly followed by a closing quote or bracket: the sentence is over. */
const SENTENCE_END = /[。！？；…][”’」』）》]*$/;

/** 一、 二是 （三） 1. （4）: a new point, so a new paragraph. */
const POINT_START = /^(?:[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）|\d{1,2}[、．.](?!\d)|（\d{1,2}）)/;

export const endsSentence = (text: string) => SENTENCE_END.test(text);
export const startsPoint = (text: string) => POINT_START.test(text);

/** `一、强化组织领导`: a point heading set on a line of its own, without punctuation. */
const standaloneHeading = (text: string) => startsPoint(text) && [...text].length <= 30 && !/[，。；：！？、]/.test(text.replace(POINT_START, ''));

export interface Joined {
  paragraphs: Paragraph[];
  repairs: Repair[];
  findings: Finding[];
}

/** Lines must already be trimmed and repaired; blank lines only separate. */
export function joinParagraphs(lines: readonly SourceLine[]): Joined {
  const paragraphs: Paragraph[] = [];
  const repairs: Repair[] = [];
  const findings: Finding[] = [];
  let open: Paragraph | undefined;
  let lastLine = 0;

  const close = () => {
    if (open) paragraphs.push(open);
    open = undefined;
  };
  const unfinished = (line: number, why: string) =>
    findings.push({
      line,
      severity: 'warning',
      message: `这一段没有以句末标点结束（${why}），可能有文字缺失或断行有误`,
      fix: '对照原件核对这一段的结尾',
      rule: 'paragraph.unfinished',
    });

  for (const l of lines) {
    if (l.text === '') continue;
    if (open && startsPoint(l.text)) {
      // 做法如下： before a list of points ends its paragraph; anything else is cut short.
      if (!open.text.endsWith('：')) unfinished(lastLine, '下一行是新的一点');
      close();
    }
    if (open) {
      const tail = open.text.slice(-6);
      const head = l.text.slice(0, 6);
      repairs.push({
        line: lastLine,
        kind: 'line-join',
        before: `${tail}⏎${head}`,
        after: tail + head,
        message: `第 ${lastLine} 行末没有句末标点，与第 ${l.line} 行接为一段`,
      });
      open.pieces.push({ line: l.line, start: open.text.length });
      open.text += l.text;
    } else {
      open = { text: l.text, pieces: [{ line: l.line, start: 0 }] };
    }
    lastLine = l.line;
    if (endsSentence(open.text)) close();
    else if (open.pieces.length === 1 && standaloneHeading(open.text)) {
      findings.push({
        line: l.line,
        severity: 'warning',
        message: `“${open.text}”单独成行、没有标点，按独立的小标题段落导入`,
        fix: '如原件中它是段首的小标题，把它与下一段合并，写成 **一、……。**正文 的形式',
        rule: 'paragraph.standalone-heading',
      });
      close();
    }
  }
  if (open) {
    unfinished(lastLine, '正文到此结束');
    close();
  }
  return { paragraphs, repairs, findings };
}
