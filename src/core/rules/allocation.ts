/** Per-recipient copy allocations name real recipients and add up to the copy count. */
import type { DiagnosticBag } from '../diagnostics.ts';
import { allocationTotal, recipientsOf } from '../distribution.ts';
import type { ParsedContent } from '../load/parse-content.ts';
import type { Issue } from '../model.ts';

export function checkAllocations(parsed: ParsedContent, issues: readonly Issue[], issueLine: (issue: Issue) => number, bag: DiagnosticBag): void {
  for (const [, list] of parsed.distributions) {
    const allocation = list.data.allocation;
    if (!allocation) continue;
    const recipients = new Set(recipientsOf(list.data));
    for (const name of Object.keys(allocation)) {
      if (recipients.has(name)) continue;
      bag.add({
        file: list.file,
        line: list.source.keyLineOf(['allocation', name]),
        field: `allocation.${name}`,
        message: `“${name}”不在本名单的送/发收件人中`,
        fix: '改为 send 或 deliver 中写明的收件人，或先把它加进名单',
        rule: 'distribution.allocation-unknown-recipient',
      });
    }
    const total = allocationTotal(allocation);
    if (list.data.copies !== undefined && total !== list.data.copies) {
      bag.add({
        file: list.file,
        line: list.source.lineOf(['copies']),
        field: 'copies',
        message: `份数分配合计 ${total} 份，与印数 ${list.data.copies} 份不符`,
        fix: `把 copies 改为 ${total}，或调整 allocation 中的份数`,
        rule: 'distribution.allocation-total',
      });
    }
  }
  // An issue that overrides the count must still match the list's allocation.
  for (const issue of issues) {
    const { allocation, copies, id } = issue.distribution;
    if (!allocation || copies === null) continue;
    const list = parsed.distributions.get(id);
    if (list?.data.copies === copies) continue;
    const total = allocationTotal(allocation);
    if (total !== copies) {
      bag.add({
        file: issue.file,
        line: issueLine(issue),
        field: 'copies',
        message: `本期共印 ${copies} 份，但分送名单“${id}”的份数分配合计 ${total} 份`,
        fix: `把 copies 改为 ${total}，或换用份数相符的分送名单`,
        rule: 'distribution.issue-copies-mismatch',
      });
    }
  }
}
