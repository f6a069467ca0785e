/**
 * Character classes the copy rules share. Chinese text here means Han
 * ideographs; CJK punctuation is listed separately because a space or a
 * half-width mark next to it is judged differently from one next to a word.
 */

const HAN = /^\p{Script=Han}$/u;

/** A Han ideograph (一, 〇, 𠀋 …); false for CJK punctuation. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** ASCII letters and digits: what house style spaces (or not) against Chinese. */
export function isLatinOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
}

/** Closing marks after which a half-width comma or colon is still “after Chinese”: “好”, → “好”， */
const CJK_CLOSING = new Set(['”', '’', '）', '》', '」', '』', '】', '〕', '〉']);

export function isCjkClosing(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CLOSING.has(ch);
}

/**
 * Stands in for what is not prose inside a paragraph (inline code, an
 * autolinked URL, an image), so that neither side of it reads as touching
 * the other and no rule fires on it.
 */
export const PLACEHOLDER = '\uFFFC';

/** Spaces and tabs within one line; a line break is never linted as a space. */
export function isInlineSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** Whether `text` has any Han ideograph, i.e. is Chinese copy at all. */
export function containsHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
