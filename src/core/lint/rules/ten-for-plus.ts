/**
 * “十” where “+” was meant: 线上十线下, 党建十网格, 1十N. Text recognised
 * from a PDF or a scan reads a plus sign as the numeral ten. Ten is far more
 * common than the slip, so a 十 is flagged only when it cannot be a numeral
 * (nothing numeral-like on either side) AND something positive says “plus”:
 * a Latin neighbour (1十N), a chain (A十B十C), parallel terms (线上十线下), a
 * term often joined by “+” (党建, 互联网), a following 模式/相结合, or a quoted
 * two-term name (“固定接待十流动走访”).
 * A missed slip costs less than a correct 十 marked wrong; the fix is never
 * applied automatically.
 */
import { isHan, isLatinOrDigit } from '../chars.ts';
import { showChange, type LintHit } from '../hit.ts';

/** Before 十 these make it a numeral: 二十, 数十, 几十, 第十, 三十工程. */
const NUMERAL_BEFORE = new Set([...'〇零一二三四五六七八九十百千万亿两几数第廿卅']);

/**
 * After 十 these make (or may make) it a numeral: digits and 余/多/几 (十余,
 * 十几), measure words and units (十项, 十件, 十年, 十届), and the heads of
 * words and idioms that begin with ten (十分, 十足, 十大, 十佳, 十法, 十进).
 * The list is generous on purpose: it only ever removes a candidate.
 */
const NUMERAL_AFTER = new Set([
  ...'〇零一二三四五六七八九十百千万亿两余多几来数',
  ...'个项件条次年月日天周岁届位名人户家所座栋间张本篇份组队支类种批场期章节点款台辆套部门处站村镇乡县市省区',
  ...'元角分秒时亩米里斤吨克升公倍层级星步招字句段行排轮趟遍回首枚颗棵株头只匹片块根把双对副版讲堂课集道题笔幅',
  ...'分足大佳强杰优全美色拿有室恶面指进不必到带联心法策则问景事要看查比争创好成样代世载',
]);

/** Words often joined by “+” in this kind of copy; evidence, not a trigger on their own. */
const PLUS_LEFT = ['互联网', '党建', '线上', '联络站', '代表', '主任', '网格', '智慧', '数字', '平台', '阵地', '服务', '产业', '科技', '文化'];
const PLUS_RIGHT = ['网格', '线下', '专业', '群众', '服务', '产业', '企业', '平台', '代表', '政务', '旅游', '志愿', '数字', '智慧'];

/** After the second term: 党建十网格模式, 线上十线下相结合. */
const PLUS_COLLOCATION = /^[^，。、；：！？“”‘’（）\s]{1,8}?(模式|相结合|结合|融合|联动|机制|工作法)/;

export function tenForPlus(text: string): LintHit[] {
  const candidates = [...text.matchAll(/十/g)].map((m) => m.index).filter((i) => isCandidate(text, i));
  return candidates
    .filter((i) => hasPlusEvidence(text, i, candidates))
    .map((i) => ({
      rule: 'lint.ten-for-plus',
      start: i,
      end: i + 1,
      replacement: '+',
      message: '“十”疑为“+”的误写（PDF 或扫描件识别时常把加号认成“十”）',
      fix: `若此处意为“加”，${showChange(text, i, i + 1, '+')}；若确是数字“十”，不必修改`,
      safe: false,
    }));
}

/** Word on both sides, neither side numeral-like, and not the 十X十Y pattern (十全十美, 十查十改). */
function isCandidate(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (!isWordChar(prev) || !isWordChar(next)) return false;
  if (NUMERAL_BEFORE.has(prev!) || NUMERAL_AFTER.has(next!)) return false;
  return text[i - 2] !== '十' && text[i + 2] !== '十';
}

function isWordChar(ch: string | undefined): boolean {
  return isHan(ch) || isLatinOrDigit(ch);
}

function hasPlusEvidence(text: string, i: number, candidates: number[]): boolean {
  const before = text.slice(0, i);
  const after = text.slice(i + 1);
  return (
    isLatinOrDigit(text[i - 1]) ||
    isLatinOrDigit(text[i + 1]) ||
    candidates.some((j) => j !== i && sameClause(text, i, j)) ||
    text[i - 2] === text[i + 1] || // 线上十线下: the two terms share their head
    PLUS_LEFT.some((w) => before.endsWith(w)) ||
    PLUS_RIGHT.some((w) => after.startsWith(w)) ||
    PLUS_COLLOCATION.test(after) ||
    isQuotedPair(text, i)
  );
}

/** “固定接待十流动走访”: a quoted name made of two terms of two or more characters each. */
function isQuotedPair(text: string, i: number): boolean {
  const open = text.lastIndexOf('“', i);
  const close = text.indexOf('”', i);
  if (open < 0 || close < 0) return false;
  const left = text.slice(open + 1, i);
  const right = text.slice(i + 1, close);
  return left.length >= 2 && right.length >= 2 && [...left, ...right].every(isWordChar);
}

/** Two positions with only words (no punctuation, no space) between them. */
function sameClause(text: string, a: number, b: number): boolean {
  const between = text.slice(Math.min(a, b) + 1, Math.max(a, b));
  return [...between].every(isWordChar);
}
