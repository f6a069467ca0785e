/** Issue numbers, labels and the running total (总第 M 期). */
import { toChineseNumeral } from './chinese-numerals.ts';

export interface IssueId {
  year: number;
  number: number;
}

/** `2025/24`: the key used in CLI arguments and cross references. */
export function issueKey(id: IssueId): string {
  return `${id.year}/${id.number}`;
}

export function parseIssueKey(key: string): IssueId | null {
  const m = /^(\d{4})\/([1-9]\d*)$/.exec(key.trim());
  return m ? { year: Number(m[1]), number: Number(m[2]) } : null;
}

export function compareIssues(a: IssueId, b: IssueId): number {
  return a.year - b.year || a.number - b.number;
}

/** 2025年第24期 */
export function issueLabel(id: IssueId): string {
  return `${id.year}年第${id.number}期`;
}

/** 第24期 */
export function numberLabel(id: IssueId): string {
  return `第${id.number}期`;
}

/** 专辑（四） */
export function seriesPartLabel(part: number): string {
  return `（${toChineseNumeral(part)}）`;
}

/** True when `b` directly follows `a`: the next number, or number 1 of the next year. */
export function follows(a: IssueId, b: IssueId): boolean {
  return (b.year === a.year && b.number === a.number + 1) || (b.year === a.year + 1 && b.number === 1);
}

export interface RunningTotalAnchor {
  issue: IssueId;
  total: number;
}

/**
 * 总第 M 期 for every issue an anchor reaches: from each anchor, totals count
 * up and down through the issues (and known gaps) for as long as they follow
 * one another. A run of issues that no anchor reaches gets no total, rather
 * than a guessed one: the end of a year missing from the archive breaks a run.
 */
export function runningTotals(
  issues: readonly IssueId[],
  knownGaps: readonly IssueId[],
  anchors: readonly RunningTotalAnchor[],
): Map<string, number> {
  const sequence = [...issues, ...knownGaps].sort(compareIssues);
  const totals = new Map<string, number>();
  for (const anchor of anchors) {
    const start = sequence.findIndex((i) => compareIssues(i, anchor.issue) === 0);
    if (start < 0) continue;
    totals.set(issueKey(sequence[start]!), anchor.total);
    for (let k = start + 1; k < sequence.length && follows(sequence[k - 1]!, sequence[k]!); k++) {
      totals.set(issueKey(sequence[k]!), anchor.total + k - start);
    }
    for (let k = start - 1; k >= 0 && follows(sequence[k]!, sequence[k + 1]!) && anchor.total - (start - k) >= 1; k--) {
      totals.set(issueKey(sequence[k]!), anchor.total - (start - k));
    }
  }
  return totals;
}

/** Pairs of anchors (by index) that give the same issue different totals. */
export function conflictingAnchors(
  issues: readonly IssueId[],
  knownGaps: readonly IssueId[],
  anchors: readonly RunningTotalAnchor[],
): [number, number][] {
  const each = anchors.map((a) => runningTotals(issues, knownGaps, [a]));
  const conflicts: [number, number][] = [];
  each.forEach((mine, i) => {
    for (let j = i + 1; j < each.length; j++) {
      if ([...mine].some(([key, total]) => each[j]!.has(key) && each[j]!.get(key) !== total)) conflicts.push([i, j]);
    }
  });
  return conflicts;
}
