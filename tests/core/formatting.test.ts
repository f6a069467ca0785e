import { describe, expect, it } from 'vitest';
import { formatChineseDate, parseIsoDate } from '../../src/core/dates.ts';
import { formatMetric, formatMetricValue, parseMetricValue } from '../../src/core/metrics.ts';
import { toChineseNumeral } from '../../src/core/chinese-numerals.ts';
import { closest } from '../../src/core/text/closest.ts';

describe('dates', () => {
  it('prints the bulletin style without zero padding', () => {
    expect(formatChineseDate('2025-06-16')).toBe('2025年6月16日');
    expect(formatChineseDate('2024-04-05')).toBe('2024年4月5日');
  });
  it('accepts only real days in YYYY-MM-DD', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '2025-13-01', '2025-6-16', '2025/06/16', '']) expect(parseIsoDate(bad), bad).toBeNull();
  });
});

describe('metric values', () => {
  it('reads exact counts and lower bounds', () => {
    expect(parseMetricValue(129)).toEqual({ value: 129, approximate: false });
    expect(parseMetricValue('1200+')).toEqual({ value: 1200, approximate: true });
    expect(parseMetricValue(' 35 ')).toEqual({ value: 35, approximate: false });
    expect(parseMetricValue(0)).toEqual({ value: 0, approximate: false });
  });
  it('rejects what is not a non-negative integer', () => {
    for (const bad of [-1, 1.5, '1,200', '约1200', '+1200', '1200++', '012', NaN, null, true]) expect(parseMetricValue(bad), String(bad)).toBeNull();
  });
  it('prints lower bounds with 余 and the unit from the vocabulary', () => {
    expect(formatMetricValue({ value: 7600, approximate: true })).toBe('7600余');
    expect(formatMetric({ key: 'v', label: '走访联系群众', unit: '人次' }, { value: 7600, approximate: true })).toBe('走访联系群众 7600余人次');
  });
});

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [4, '四'],
    [10, '十'],
    [14, '十四'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
  ])('%i → %s', (n, s) => expect(toChineseNumeral(n)).toBe(s));
});

describe('closest', () => {
  it('suggests a near name and nothing for a far one', () => {
    expect(closest('regoin', ['title', 'region', 'committee'])).toBe('region');
    expect(closest('建议办里', ['建议办理', '联络站建设'])).toBe('建议办理');
    expect(closest('xyz', ['title', 'region'])).toBeUndefined();
  });
});
