/**
 * Full-width digits and letters (１２３, ＡＰＰ): a leftover of some input
 * methods and of Word. Printed they look foreign next to the body font's
 * digits, and search does not match them against 123.
 */
import { showChange, type LintHit } from '../hit.ts';

const FULL_WIDTH_RUN = /[０-９Ａ-Ｚａ-ｚ]+/g;

/** Full-width forms sit exactly 0xFEE0 above their ASCII counterparts. */
function toHalfWidth(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function fullwidthAlnum(text: string): LintHit[] {
  return [...text.matchAll(FULL_WIDTH_RUN)].map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const half = toHalfWidth(m[0]);
    const what = /[０-９]/.test(m[0]) ? (/[Ａ-Ｚａ-ｚ]/.test(m[0]) ? '全角字母和数字' : '全角数字') : '全角字母';
    return {
      rule: 'lint.fullwidth-alnum',
      start,
      end,
      replacement: half,
      message: `${what}“${m[0]}”`,
      fix: showChange(text, start, end, half),
      safe: true,
    };
  });
}
