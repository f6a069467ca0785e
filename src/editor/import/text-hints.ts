/**
 * Hints for the editor that the importer never writes: topics whose label
 * occurs in an article, and “十” that may be a “+” lost in the export
 * (线上十线下) — ambiguous, so listed and left as printed.
 */
import type { Topic } from '../../core/model.ts';

/** Topic labels found in the text: the whole label, or its first three characters (联络站 for 联络站建设); most frequent first. */
export function suggestTopics(text: string, topics: readonly Topic[], limit = 3): string[] {
  const count = (needle: string) => text.split(needle).length - 1;
  return topics
    .map((t) => ({ label: t.label, n: Math.max(count(t.label), [...t.label].length > 3 ? count(t.label.slice(0, 3)) : 0) }))
    .filter((t) => t.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, limit)
    .map((t) => t.label);
}

const NUMERAL = /[〇零一二两三四五六七八九十百千万亿几数第]/;
/** Words that 十 begins: 十分, 十足, 十年, 十余…; after these 十 is a numeral or a word, not a plus. */
const FOLLOWS_NUMERAL = /[分足全年月日天周多余几个项条件次名人万亿届倍家所位大]/;

export interface SuspiciousTen {
  /** Offset of 十 in the text. */
  offset: number;
  context: string;
}

/** 十 between two Han characters that are neither numerals nor words 十 begins: 义诊十走访. */
export function findSuspiciousTen(text: string): SuspiciousTen[] {
  const out: SuspiciousTen[] = [];
  for (const m of text.matchAll(/(?<=\p{Script=Han})十(?=\p{Script=Han})/gu)) {
    const prev = text[m.index - 1]!;
    const next = text[m.index + 1]!;
    if (NUMERAL.test(prev) || NUMERAL.test(next) || FOLLOWS_NUMERAL.test(next)) continue;
    out.push({ offset: m.index, context: text.slice(Math.max(0, m.index - 4), m.index + 5) });
  }
  return out;
}
