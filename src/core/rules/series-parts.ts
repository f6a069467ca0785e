/** Within a series, parts rise with the issues and never repeat. */
import type { DiagnosticBag } from '../diagnostics.ts';
import type { Issue } from '../model.ts';
import { issueLabel, seriesPartLabel } from '../numbering.ts';

/** `partLine` gives the line of an issue's `series.part`, which the built model does not keep. */
export function checkSeriesParts(issues: readonly Issue[], partLine: (issue: Issue) => number, bag: DiagnosticBag): void {
  const last = new Map<string, Issue>();
  for (const issue of issues) {
    if (!issue.series) continue;
    const id = issue.series.series.id;
    const prev = last.get(id);
    if (prev && issue.series.part <= prev.series!.part) {
      const same = issue.series.part === prev.series!.part;
      bag.add({
        file: issue.file,
        line: partLine(issue),
        field: 'series.part',
        message: same
          ? `专辑第${seriesPartLabel(issue.series.part)}辑重复：${issueLabel(prev)}已是这一辑`
          : `专辑辑次应随期号递增：本期是第 ${issue.series.part} 辑，早先的${issueLabel(prev)}已是第 ${prev.series!.part} 辑`,
        fix: `改为第 ${prev.series!.part + 1} 辑，或检查前一期的辑次`,
        rule: same ? 'series.duplicate-part' : 'series.part-order',
      });
    }
    last.set(id, issue);
  }
}

