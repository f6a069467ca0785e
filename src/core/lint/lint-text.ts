/**
 * The copy lint of one piece of text (a paragraph, a heading, a title): every
 * rule family, in reading order. Knows nothing of files or Markdown; callers
 * pass prose, with PLACEHOLDER standing for what is not prose.
 */
import { DEFAULT_LINT_OPTIONS, type LintHit, type LintOptions } from './hit.ts';
import { asciiQuotes } from './rules/ascii-quotes.ts';
import { brackets } from './rules/brackets.ts';
import { fullwidthAlnum } from './rules/fullwidth-alnum.ts';
import { halfwidthPunctuation } from './rules/halfwidth-punctuation.ts';
import { repeatedPunctuation } from './rules/repeated-punctuation.ts';
import { doubledSpaces, latinSpacing } from './rules/spacing.ts';
import { tenForPlus } from './rules/ten-for-plus.ts';

export function lintText(text: string, options: LintOptions = DEFAULT_LINT_OPTIONS): LintHit[] {
  const hits = [
    ...halfwidthPunctuation(text),
    ...asciiQuotes(text),
    ...brackets(text),
    ...latinSpacing(text, options.latinSpacing),
    ...doubledSpaces(text, options.latinSpacing),
    ...fullwidthAlnum(text),
    ...tenForPlus(text),
    ...repeatedPunctuation(text),
  ];
  return withoutContained(hits).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * One slip, one warning: `意见,  反馈` is a half-width comma whose fix also
 * takes the spaces, so the doubled-space finding inside it is dropped.
 */
function withoutContained(hits: LintHit[]): LintHit[] {
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start),
  );
}
