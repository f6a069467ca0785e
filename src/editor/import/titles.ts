/**
 * Article titles, “地区：标题”. A title is one line, and it keeps a space the
 * body would lose: the bulletin separates two phrases with one, as in
 * 吹响“集结号” 开启“加速度”. A space after a closing quote or bracket is
 * such a separator; so is one the table of contents prints at the same place.
 * Every other space in a title is export debris.
 */
import { excerpt, isAsciiWord, isClosingMark, isHan, SPACE_RUN, squash } from './characters.ts';
import { pairQuotes } from './quotes.ts';
import type { Finding, Repair } from './types.ts';

export interface TitleParts {
  regionText: string;
  headline: string;
}

/** `开封市龙亭区：稳步推进……` → region text and headline; null when the line has no “：” after a plausible region. */
export function splitTitle(text: string): TitleParts | null {
  const m = /^([^：]{2,24}?)：(.+)$/.exec(text.trim());
  if (!m) return null;
  const regionText = squash(m[1]!);
  const headline = m[2]!.trim();
  if (!/^\p{Script=Han}+$/u.test(regionText) || headline === '') return null;
  return { regionText, headline };
}

const OPENING = new Set(['“', '‘', '「', '『', '（', '《', '【']);

/** Positions (counted in non-space characters) after which `text` has a space. */
function spacePositions(text: string): Set<number> {
  const positions = new Set<number>();
  let count = 0;
  for (const ch of text.trim()) {
    if (/\s/.test(ch)) positions.add(count);
    else count += ch.length;
  }
  return positions;
}

/** Quotes of either kind compare equal: the contents and its heading may differ in nothing else. */
export const comparable = (text: string) => squash(text).replace(/[“”"]/g, '"');

export interface RepairedHeadline {
  text: string;
  repairs: Repair[];
  findings: Finding[];
}

/** The headline of a title line, repaired; `tocHeadline` is the same title as the contents prints it, when found. */
export function repairHeadline(headline: string, line: number, tocHeadline?: string): RepairedHeadline {
  const quoted = pairQuotes(headline.trim(), () => line);
  const text = quoted.text;
  const tocSpaces = tocHeadline && comparable(tocHeadline) === comparable(text) ? spacePositions(tocHeadline) : new Set<number>();
  const repairs: Repair[] = [...quoted.repairs];
  let out = '';
  let at = 0;
  let count = 0;
  for (const m of text.matchAll(SPACE_RUN)) {
    count += squash(text.slice(at, m.index)).length;
    out += text.slice(at, m.index);
    at = m.index + m[0].length;
    const prev = text[m.index - 1];
    const next = text[at];
    const separator =
      (isClosingMark(prev) && (isHan(next) || isAsciiWord(next) || OPENING.has(next ?? ''))) || tocSpaces.has(count);
    const replacement = separator ? ' ' : '';
    if (replacement !== m[0]) {
      repairs.push({
        line,
        kind: 'space',
        ...excerpt(text, m.index, at, replacement),
        message: separator ? '标题中分隔两个词组的空格统一为一个半角空格' : '删除标题中的空格（不是分隔词组的空格）',
      });
    }
    out += replacement;
  }
  out += text.slice(at);
  return { text: out, repairs, findings: quoted.findings };
}
