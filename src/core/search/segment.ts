/**
 * Chinese search without a segmenter mismatch. Pagefind matches whole
 * words, and the index (charabia) and the browser (Intl.Segmenter) cut
 * Chinese into words differently, so a term inside a longer word can be
 * missed. Here both sides cut the same way: every ideograph is a word of
 * its own. A Chinese query becomes a quoted phrase of its ideographs, which
 * Pagefind matches at consecutive positions: exactly the pages that contain
 * the term as a substring. Runs in Node (indexing) and in the browser (queries).
 */
const IDEOGRAPH = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]';
const BETWEEN_IDEOGRAPHS = new RegExp(`(${IDEOGRAPH})(?=${IDEOGRAPH})`, 'gu');
const IDEOGRAPH_RUN = new RegExp(`${IDEOGRAPH}+`, 'gu');
const ONE_IDEOGRAPH = new RegExp(IDEOGRAPH, 'u');

/** Index side: a space between every two adjacent ideographs. */
export function spaceIdeographs(text: string): string {
  return text.replace(BETWEEN_IDEOGRAPHS, '$1 ');
}

export function countIdeographs(text: string): number {
  return text.match(new RegExp(IDEOGRAPH, 'gu'))?.length ?? 0;
}

/**
 * The one word of the search index's order anchor (bundles.ts): a character
 * Pagefind keeps as a word, which queries never carry, so no search finds it.
 */
export const ANCHOR_WORD = '\u203f';

/**
 * Query side: each run of ideographs becomes a quoted phrase of single
 * ideographs (龙亭区 → "龙 亭 区"); Latin words and numbers stay as typed.
 * Quotes the reader typed are dropped: the phrase is implied.
 */
export function toPagefindQuery(query: string): string {
  return query
    .replace(new RegExp(`["“”${ANCHOR_WORD}]`, 'g'), ' ')
    .replace(IDEOGRAPH_RUN, (run) => ` ${[...run].length > 1 ? `"${[...run].join(' ')}"` : run} `)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Excerpts come back with the index's spaces: take them out between ideographs, across <mark> tags. */
export function unspaceExcerpt(html: string): string {
  return html.replace(new RegExp(`(${IDEOGRAPH}) ((?:</?mark>)*)(?=(?:</?mark>)*${IDEOGRAPH})`, 'gu'), '$1$2');
}

/** Does the query have Chinese in it (so a literal substring check is the truth)? */
export function hasIdeographs(text: string): boolean {
  return ONE_IDEOGRAPH.test(text);
}
