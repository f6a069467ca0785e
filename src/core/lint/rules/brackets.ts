/**
 * Parentheses in Chinese copy are full-width. Two findings: a pair whose
 * halves differ in width, （含县区) — the half-width half is the slip — and a
 * half-width pair around Chinese, (含县区). `(GDP)` and `(1)` hold no Chinese
 * and are left alone.
 */
import { containsHan } from '../chars.ts';
import { showChange, type LintHit } from '../hit.ts';

const OPENERS = new Set(['(', '（']);
const CLOSERS = new Set([')', '）']);
const FULL: Record<string, string> = { '(': '（', ')': '）' };

export function brackets(text: string): LintHit[] {
  const hits: LintHit[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENERS.has(ch)) stack.push(i);
    else if (CLOSERS.has(ch) && stack.length > 0) hits.push(...judgePair(text, stack.pop()!, i));
  }
  return hits.sort((a, b) => a.start - b.start);
}

function judgePair(text: string, open: number, close: number): LintHit[] {
  const halfOpen = text[open] === '(';
  const halfClose = text[close] === ')';
  if (halfOpen !== halfClose) {
    const at = halfOpen ? open : close;
    return [hit(text, at, 'lint.mixed-brackets', `括号全角半角混用：“${text[open]}”与“${text[close]}”不配套`)];
  }
  if (halfOpen && containsHan(text.slice(open + 1, close))) {
    const message = '中文括注用了半角括号“()”';
    return [hit(text, open, 'lint.halfwidth-brackets', message), hit(text, close, 'lint.halfwidth-brackets', message)];
  }
  return [];
}

function hit(text: string, at: number, rule: string, message: string): LintHit {
  const replacement = FULL[text[at]!]!;
  return { rule, start: at, end: at + 1, replacement, message, fix: showChange(text, at, at + 1, replacement), safe: true };
}
