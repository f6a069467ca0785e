/** Character classes the repairs decide by: what counts as Chinese, as an ASCII word, as a closing mark. */

/** Han characters and the full-width punctuation that sits between them. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/u;
const HAN = /\p{Script=Han}/u;
const ASCII_WORD = /[A-Za-z0-9%]/;
/** Marks after which a title may carry the bulletin's own separating space: 吹响“集结号” 开启“加速度”. */
const CLOSING = new Set(['”', '’', '」', '』', '）', '》', '】', '〕']);

export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
export const isAsciiWord = (ch: string | undefined): boolean => ch !== undefined && ASCII_WORD.test(ch);
export const isClosingMark = (ch: string | undefined): boolean => ch !== undefined && CLOSING.has(ch);

/** Spaces an export leaves inside a line: ASCII, no-break and ideographic. */
export const SPACE_RUN = /[ \t\u00a0\u3000]+/g;

/** Text without any white space, for comparing what an export may have spaced differently. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').replace(/\u3000/g, '');
}

/** `before`/`after` excerpts for a repair: the changed span with a few characters either side. */
export function excerpt(text: string, start: number, end: number, replacement: string, context = 4): { before: string; after: string } {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return {
    before: text.slice(from, to),
    after: text.slice(from, start) + replacement + text.slice(end, to),
  };
}
