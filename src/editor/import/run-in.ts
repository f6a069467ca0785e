/**
 * Run-in point headings: a paragraph that starts with a point number (一、 /
 * （一） / 一是) opens with its heading sentence, set bold in the bulletin.
 * The importer bolds the lead sentence through the first 。 when it is short
 * enough to be a heading; a long one is a point that simply starts the
 * paragraph, and stays plain.
 */
import { isPointHeading } from '../../markdown/rehype-run-in-headings.ts';

/** Longest lead sentence (characters, with its number and 。) still read as a heading. */
export const MAX_LEAD = 40;

export type RunIn = { kind: 'run-in'; lead: string; rest: string } | { kind: 'plain'; reason?: 'long' | 'no-full-stop' };

/** The first 。 outside quotes: 一、聚焦“提”。……  — a 。 inside a quotation does not end the heading. */
function firstFullStop(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '‘' || ch === '《' || ch === '（') depth++;
    else if ((ch === '”' || ch === '’' || ch === '》' || ch === '）') && depth > 0) depth--;
    else if (ch === '。' && depth === 0) return i;
  }
  return -1;
}

export function detectRunIn(paragraph: string): RunIn {
  if (!isPointHeading(paragraph)) return { kind: 'plain' };
  const stop = firstFullStop(paragraph);
  if (stop < 0) return { kind: 'plain', reason: 'no-full-stop' };
  const lead = paragraph.slice(0, stop + 1);
  if ([...lead].length > MAX_LEAD) return { kind: 'plain', reason: 'long' };
  return { kind: 'run-in', lead, rest: paragraph.slice(stop + 1) };
}
