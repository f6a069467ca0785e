/**
 * One finding of the copy lint in a piece of text, before it is tied to a
 * file: which characters, what to put instead, and whether `--fix` may do
 * that on its own.
 */

/** House style for Chinese next to Latin letters and digits: 16个 (`none`) or 16 个 (`space`). */
export type LatinSpacing = 'none' | 'space';

export interface LintOptions {
  latinSpacing: LatinSpacing;
}

export const DEFAULT_LINT_OPTIONS: LintOptions = { latinSpacing: 'none' };

export interface LintHit {
  /** `lint.<name>`, stable for tests and filtering. */
  rule: string;
  /** UTF-16 offsets into the linted text: `text.slice(start, end)` is replaced (empty for an insertion). */
  start: number;
  end: number;
  replacement: string;
  /** Chinese, for the editor. */
  message: string;
  /** Chinese, shows the change: `把“意见,反馈”改为“意见，反馈”`. */
  fix: string;
  /** Mechanical and unambiguous: `--fix` applies it without asking. */
  safe: boolean;
}

/** Characters of context shown on each side of a change. */
const CONTEXT = 2;

/**
 * `“意见,反馈”改为“意见，反馈”`: the change in a little of its context, so the
 * editor can find it on the line and see what it becomes.
 */
export function showChange(text: string, start: number, end: number, replacement: string): string {
  // Context stops at a line break or at PLACEHOLDER (U+FFFC), which is not prose.
  const before = [...text.slice(0, start)].slice(-CONTEXT).join('').replace(/^[^]*[\n\uFFFC]/, '');
  const after = [...text.slice(end)].slice(0, CONTEXT).join('').replace(/[\n\uFFFC][^]*$/, '');
  return `把“${before}${text.slice(start, end)}${after}”改为“${before}${replacement}${after}”`;
}

