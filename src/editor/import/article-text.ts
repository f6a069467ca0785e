/**
 * From the body lines of an article to its text: spaces repaired line by
 * line, lines joined into paragraphs, quotes paired per paragraph — and from
 * that text to the Markdown body, with run-in headings bold and every
 * Markdown character escaped.
 */
import { IMPORT_MARK_OPEN } from '../../core/rules/placeholders.ts';
import { escapeMarkdown, runInMarkdown } from './markdown-escape.ts';
import { joinParagraphs, lineAt, type Joined } from './paragraphs.ts';
import { pairQuotes } from './quotes.ts';
import { removeSpaces } from './repairs.ts';
import { detectRunIn } from './run-in.ts';
import type { Finding, Repair, SourceLine } from './types.ts';

/** The same shape as joined paragraphs: quote pairing adds repairs and findings, not fields. */
export type BodyText = Joined;

export function bodyText(lines: readonly SourceLine[]): BodyText {
  const repairs: Repair[] = [];
  const findings: Finding[] = [];
  const spaced = lines.map((l) => {
    const r = removeSpaces(l);
    repairs.push(...r.repairs);
    return r.line;
  });
  const joined = joinParagraphs(spaced);
  repairs.push(...joined.repairs);
  findings.push(...joined.findings);
  // Quote pairs never change a paragraph's length, so the line map stays valid.
  const paragraphs = joined.paragraphs.map((p) => {
    const q = pairQuotes(p.text, (offset) => lineAt(p, offset));
    repairs.push(...q.repairs);
    findings.push(...q.findings);
    return { ...p, text: q.text };
  });
  return { paragraphs, repairs, findings };
}

/** One paragraph as Markdown: a run-in point gets its bold lead sentence. */
export function paragraphMarkdown(text: string): string {
  const runIn = detectRunIn(text);
  return runIn.kind === 'run-in' ? runInMarkdown(runIn.lead, runIn.rest) : escapeMarkdown(text);
}

/**
 * Text the importer could not place, appended to an article after a visible
 * marker paragraph. Visible on purpose: the site strips HTML comments but the
 * print edition refuses them, and text that is out of place must not reach
 * readers unnoticed — the editor moves it and deletes the marker.
 */
export function unplacedMarker(from: number, to: number, reason: string): string {
  // House style sets no space between Chinese and digits, in the marker too (the lint would flag it).
  const where = from === to ? `第${from}行` : `第${from}–${to}行`;
  return `${IMPORT_MARK_OPEN}以下文字未能归位（原文${where}，${reason}），请对照原件移到合适位置或删除，并删去本段】`;
}

export function bodyMarkdown(paragraphs: readonly string[]): string {
  return paragraphs.map(paragraphMarkdown).join('\n\n');
}
