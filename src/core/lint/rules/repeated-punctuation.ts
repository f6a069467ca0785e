/**
 * The same mark typed twice: 。。 ，， ！！ ？？ 、、 ；； ：：. A half-width
 * twin counts as the same mark (，, is a doubled comma). …… and —— are whole
 * marks in Chinese and never flagged; neither are !? pairs of different marks.
 * Three or more 。 were most likely meant as an ellipsis, so that one is
 * not fixed blindly.
 */
import { isCjkClosing, isHan } from '../chars.ts';
import { showChange, type LintHit } from '../hit.ts';

/** Each mark (either width) → its full-width form. */
const MARK: Record<string, string> = {
  '，': '，', ',': '，',
  '。': '。',
  '、': '、',
  '；': '；', ';': '；',
  '：': '：', ':': '：',
  '！': '！', '!': '！',
  '？': '？', '?': '？',
};

export function repeatedPunctuation(text: string): LintHit[] {
  const hits: LintHit[] = [];
  let i = 0;
  while (i < text.length) {
    const mark = MARK[text[i]!];
    let end = i + 1;
    while (mark && MARK[text[end]!] === mark) end++;
    if (mark && end - i >= 2 && isChineseRun(text, i, end)) hits.push(runHit(text, i, end, mark));
    i = end;
  }
  return hits;
}

/** `a,,b` and `!!` in English are not this lint's business: the run has a full-width mark or follows Chinese. */
function isChineseRun(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  return /[，。、；：！？]/.test(run) || isHan(text[start - 1]);
}

function runHit(text: string, start: number, end: number, mark: string): LintHit {
  const run = text.slice(start, end);
  if (mark === '。' && run.length >= 3) {
    return {
      rule: 'lint.repeated-punctuation',
      start,
      end,
      replacement: '……',
      message: `句号连用“${run}”`,
      fix: `若表示省略，${showChange(text, start, end, '……')}；否则只留一个“。”`,
      safe: false,
    };
  }
  // The first mark stays (halfwidthPunctuation makes it full-width when it is not); the rest go.
  return {
    rule: 'lint.repeated-punctuation',
    start: start + 1,
    end,
    replacement: '',
    message: `标点重复“${run}”`,
    fix: showChange(text, start, end, firstBecomes(text, start, mark)),
    safe: true,
  };
}

/** What the kept first mark reads after every fix: full-width where halfwidthPunctuation converts it. */
function firstBecomes(text: string, start: number, mark: string): string {
  const prev = text[start - 1];
  return text[start] === mark || isHan(prev) || isCjkClosing(prev) ? mark : text[start]!;
}
