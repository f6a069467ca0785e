/** Test helpers: a rule's findings in a compact form, and the text after its safe fixes. */
import { lintText } from '../../src/core/lint/lint-text.ts';
import type { LintHit, LintOptions } from '../../src/core/lint/hit.ts';

export interface Found {
  /** 1-based column of the first character replaced (or of the character an insertion goes before). */
  col: number;
  old: string;
  replacement: string;
  safe: boolean;
}

/** Findings of one rule (`lint.<name>`) in `text`. */
export function found(text: string, rule: string, options?: LintOptions): Found[] {
  return lintText(text, options)
    .filter((h) => h.rule === rule)
    .map((h) => ({ col: [...text.slice(0, h.start)].length + 1, old: text.slice(h.start, h.end), replacement: h.replacement, safe: h.safe }));
}

/** `text` with every safe finding applied, from the end backwards. */
export function fixed(text: string, options?: LintOptions): string {
  const hits: LintHit[] = lintText(text, options).filter((h) => h.safe);
  return [...hits].reverse().reduce((t, h) => t.slice(0, h.start) + h.replacement + t.slice(h.end), text);
}
