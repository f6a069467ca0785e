/**
 * Half-width , : ; ? ! (and a sentence-final .) written after Chinese: the
 * input method was left in English mode. `1,200`, `9:00`, `3.5`, `A,B` and
 * `example.cn` stay as they are, because what precedes them is not Chinese.
 */
import { isCjkClosing, isHan, isInlineSpace } from '../chars.ts';
import { showChange, type LintHit } from '../hit.ts';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '.': '。' };

const NAMES: Record<string, string> = { ',': '逗号', ':': '冒号', ';': '分号', '?': '问号', '!': '叹号', '.': '句号' };

export function halfwidthPunctuation(text: string): LintHit[] {
  const hits: LintHit[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const full = FULL_WIDTH[ch];
    if (!full || !afterChinese(text, i)) continue;
    if (ch === '.' && !endsSentence(text, i)) continue;
    // A space typed after the half-width mark goes with it: 意见, 反馈 → 意见，反馈.
    let end = i + 1;
    while (isInlineSpace(text[end])) end++;
    if (end === text.length || text[end] === '\n') end = i + 1; // trailing spaces are not ours to judge
    hits.push({
      rule: 'lint.halfwidth-punctuation',
      start: i,
      end,
      replacement: full,
      message: `中文后用了半角${NAMES[ch]}“${ch}”`,
      fix: showChange(text, i, end, full),
      safe: true,
    });
    i = end - 1;
  }
  return hits;
}

function afterChinese(text: string, i: number): boolean {
  const prev = text[i - 1];
  // 工作", : an ASCII quote closing Chinese (asciiQuotes reports the quote itself).
  const quoted = (prev === '"' || prev === "'") && isHan(text[i - 2]);
  return isHan(prev) || isCjkClosing(prev) || quoted;
}

/** A `.` ends a Chinese sentence only where nothing Latin follows it (not `.com`, `3.5`, `...`). */
function endsSentence(text: string, i: number): boolean {
  const next = text[i + 1];
  return next === undefined || next === '\n' || isInlineSpace(next) || isHan(next) || next === '”' || next === '’';
}
