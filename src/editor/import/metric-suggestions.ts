/**
 * Numbers with units in an article (收集意见建议205条, 7600余人次), listed for
 * the editor with a guess at the metric they might be. Only suggestions: a
 * count in the text is not a metric until an editor says which one it is.
 */
import type { MetricDefinition } from '../../core/metrics.ts';

export interface MetricSuggestion {
  line: number;
  /** The number with its qualifier and unit as printed: 7600余人次. */
  text: string;
  unit: string;
  /** Frontmatter value if this were the metric: 7600+ or 129; none for 近/约 (not a lower bound). */
  value?: string;
  /** Best-matching metric of metrics.yaml with this unit, by the words just before the number. */
  key?: string;
  label?: string;
}

/** Longer units first, so that 人次 is not read as 人. */
const UNITS = ['人次', '万元', '场次', '条', '件', '个', '次', '期', '名', '人', '场', '项'];
const NUMBER = new RegExp(`(近|约|超过|逾)?(\\d+(?:\\.\\d+)?)(万)?(余|多)?(${UNITS.join('|')})`, 'g');

/** Two-character words of a text: the unit of comparison for labels. */
const bigrams = (text: string) => Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2));

/** Words in many labels and most sentences: they say nothing about which metric is meant. */
const GENERIC = new Set(['代表', '人大', '工作', '开展', '活动', '履职']);

/**
 * How well a label fits the clause around a number (累计走访选民7600余人次 /
 * 14件重点督办建议): each word of the label found there counts, more the
 * closer it is to the number.
 */
function fit(label: string, before: string, after: string): number {
  let score = 0;
  for (const word of new Set(bigrams(label))) {
    if (GENERIC.has(word)) continue;
    const b = before.lastIndexOf(word);
    const a = after.indexOf(word);
    const distance = Math.min(b >= 0 ? before.length - (b + 2) : Infinity, a >= 0 ? a : Infinity);
    if (distance < Infinity) score += 1 / (1 + distance);
  }
  return score;
}

/** 7600余 → 7600+, 超过200 → 200+, 1.2万 → 12000; 近/约 give no value: the true count may be below. */
function frontmatterValue(number: string, wan: boolean, more: boolean, qualifier: string | undefined): string | undefined {
  if (qualifier === '近' || qualifier === '约') return undefined;
  const plus = more || qualifier !== undefined;
  const value = wan ? Math.round(Number(number) * 10000) : Number(number);
  if (!Number.isSafeInteger(value)) return undefined;
  return plus ? `${value}+` : String(value);
}

/** Suggestions for one paragraph; `lineAt` maps an offset in it to its input line. */
export function suggestMetrics(text: string, lineAt: (offset: number) => number, metrics: readonly MetricDefinition[]): MetricSuggestion[] {
  const out: MetricSuggestion[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [all, qualifier, number, wan, more, unit] = m;
    // 第3次, 2024年4月: ordinals and dates are not counts.
    if (text[m.index - 1] === '第' || (text[m.index - 1] ?? '').match(/\d/)) continue;
    // The words of the clause around the number: 累计走访选民 | 7600余人次 | ，
    const before = text.slice(Math.max(0, m.index - 16), m.index).split(/[，。；：！？]/).pop() ?? '';
    const end = m.index + all.length;
    const after = text.slice(end, end + 12).split(/[，。；：！？、]/)[0] ?? '';
    const candidates = metrics
      .filter((d) => d.unit === unit)
      .map((d) => ({ d, score: fit(d.label, before, after) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score);
    const best = candidates[0]?.d;
    const value = frontmatterValue(number!, Boolean(wan), Boolean(more), qualifier);
    out.push({
      line: lineAt(m.index),
      text: all,
      unit: unit!,
      ...(value !== undefined ? { value } : {}),
      ...(best ? { key: best.key, label: best.label } : {}),
    });
  }
  return out;
}
