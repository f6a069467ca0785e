import { describe, expect, it } from 'vitest';
import { follows, issueLabel, parseIssueKey, runningTotals, seriesPartLabel } from '../../src/core/numbering.ts';
import { effectiveCopies, recipientsLine } from '../../src/core/distribution.ts';

const id = (key: string) => parseIssueKey(key)!;

describe('numbering', () => {
  it('labels issues and series parts', () => {
    expect(issueLabel(id('2025/24'))).toBe('2025年第24期');
    expect(seriesPartLabel(4)).toBe('（四）');
    expect(parseIssueKey('2025/024')).toBeNull();
  });

  it('knows which issue follows which, across a year end', () => {
    expect(follows(id('2025/23'), id('2025/24'))).toBe(true);
    expect(follows(id('2024/30'), id('2025/1'))).toBe(true);
    expect(follows(id('2024/11'), id('2025/22'))).toBe(false);
  });

  it('counts the running total from an anchor through issues that follow one another', () => {
    const issues = ['2024/29', '2024/30', '2025/1', '2025/2'].map(id);
    const totals = runningTotals(issues, [], [{ issue: id('2024/30'), total: 100 }]);
    expect(Object.fromEntries(totals)).toEqual({ '2024/29': 99, '2024/30': 100, '2025/1': 101, '2025/2': 102 });
  });

  it('counts known gaps, and gives no total where the archive breaks off', () => {
    const issues = ['2024/9', '2024/11', '2025/22', '2025/23'].map(id);
    const totals = runningTotals(issues, [id('2024/10')], [{ issue: id('2024/9'), total: 301 }]);
    expect(Object.fromEntries(totals)).toEqual({ '2024/9': 301, '2024/10': 302, '2024/11': 303 });
    const withSecond = runningTotals(issues, [id('2024/10')], [
      { issue: id('2024/9'), total: 301 },
      { issue: id('2025/22'), total: 336 },
    ]);
    expect(withSecond.get('2025/23')).toBe(337);
  });
});

describe('distribution', () => {
  it('joins items with 、 and groups with ，', () => {
    expect(recipientsLine([['主任', '副主任'], ['各工作机构']])).toBe('主任、副主任，各工作机构');
  });
  it('takes the issue count, else the list default; false prints none', () => {
    expect(effectiveCopies(undefined, { copies: 60 })).toBe(60);
    expect(effectiveCopies(80, { copies: 60 })).toBe(80);
    expect(effectiveCopies(false, { copies: 60 })).toBeNull();
    expect(effectiveCopies(undefined, {})).toBeNull();
  });
});
