/** Issue numbers are unique and consecutive within a year, and dates rise with them. */
import type { DiagnosticBag } from '../diagnostics.ts';
import type { ParsedContent, ParsedIssue } from '../load/parse-content.ts';
import { compareIssues, issueKey, parseIssueKey, type IssueId } from '../numbering.ts';

export function checkIssueSequence(parsed: ParsedContent, bag: DiagnosticBag): void {
  const pub = parsed.publication?.data.numbering;
  const restartsYearly = pub?.restartsYearly ?? true;
  const gaps = new Set((pub?.knownGaps ?? []).map((k) => k));
  const issues = [...parsed.issues].sort(compareIssues);

  // Unique: `24` and `024` are the same issue.
  const byKey = new Map<string, ParsedIssue[]>();
  for (const i of issues) byKey.set(issueKey(i), [...(byKey.get(issueKey(i)) ?? []), i]);
  for (const [key, same] of byKey) {
    if (same.length < 2) continue;
    for (const i of same) {
      bag.add({
        file: i.file,
        line: 0,
        field: '(期号)',
        message: `期号重复：${same.map((s) => s.folder).join(' 与 ')} 都是 ${key.replace('/', ' 年第 ')} 期`,
        fix: '保留一个文件夹，另一个改为正确的期号',
        rule: 'issue.duplicate-number',
      });
    }
  }

  const unique = [...byKey.values()].map((same) => same[0]!);
  const groups = new Map<string, ParsedIssue[]>();
  for (const i of unique) {
    const g = restartsYearly ? String(i.year) : 'all';
    groups.set(g, [...(groups.get(g) ?? []), i]);
  }
  for (const group of groups.values()) {
    for (let k = 1; k < group.length; k++) {
      const prev = group[k - 1]!;
      const cur = group[k]!;
      const missing: string[] = [];
      for (let n = prev.number + 1; n < cur.number; n++) {
        const key = issueKey({ year: cur.year, number: n });
        if (!gaps.has(key)) missing.push(key);
      }
      if (missing.length) {
        bag.add({
          file: cur.file,
          line: 0,
          field: '(期号)',
          message: `期号不连续：第 ${prev.number} 期之后是第 ${cur.number} 期，缺少 ${missing.join('、')}`,
          fix: `补齐缺少的期，或检查期号文件夹是否写错；确属档案缺失的，在 publication.yaml 的 numbering.knownGaps 中登记`,
          rule: 'issue.number-gap',
        });
      }
    }
  }

  checkDates(unique, bag);
  checkAnchorAndGaps(parsed, unique, bag);
}

function checkDates(issues: ParsedIssue[], bag: DiagnosticBag): void {
  let prev: (ParsedIssue & { data: NonNullable<ParsedIssue['data']> }) | undefined;
  for (const i of issues) {
    if (!i.data) continue;
    const line = i.source!.lineOf(['date']);
    if (Number(i.data.date.slice(0, 4)) !== i.year) {
      bag.add({
        file: i.file,
        line,
        field: 'date',
        message: `出刊日期 ${i.data.date} 不在 ${i.year} 年，与所在的年份文件夹不符`,
        fix: `改正日期，或把本期移到 issues/${i.data.date.slice(0, 4)}/ 下`,
        rule: 'issue.date-year',
      });
    }
    if (prev && prev.year === i.year && i.data.date < prev.data.date) {
      bag.add({
        file: i.file,
        line,
        field: 'date',
        message: `出刊日期 ${i.data.date} 早于上一期（第 ${prev.number} 期，${prev.data.date}）`,
        fix: '日期应随期号递增：检查本期或上一期的日期',
        rule: 'issue.date-order',
      });
    }
    prev = i as typeof prev;
  }
}

function checkAnchorAndGaps(parsed: ParsedContent, issues: IssueId[], bag: DiagnosticBag): void {
  const pub = parsed.publication;
  if (!pub) return;
  const present = new Set(issues.map(issueKey));
  pub.data.numbering.runningTotal.forEach(({ anchor }, index) => {
    if (present.has(anchor) || pub.data.numbering.knownGaps.includes(anchor)) return;
    bag.add({
      file: pub.file,
      line: pub.source.lineOf(['numbering', 'runningTotal', index, 'anchor']),
      field: 'numbering.runningTotal.anchor',
      message: `总期数的锚点 ${anchor} 不在档案中`,
      fix: '改为档案中存在的一期（年/期号）',
      rule: 'publication.anchor-missing',
    });
  });
  pub.data.numbering.knownGaps.forEach((gap, index) => {
    if (present.has(gap) && parseIssueKey(gap)) {
      bag.add({
        file: pub.file,
        line: pub.source.lineOf(['numbering', 'knownGaps', index]),
        field: 'numbering.knownGaps',
        message: `${gap} 登记为缺失，但档案中有这一期`,
        fix: '从 knownGaps 中删去这一项',
        rule: 'publication.gap-present',
      });
    }
  });
}
