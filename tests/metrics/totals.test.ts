import { describe, expect, it } from 'vitest';
import {
  areaTotals,
  cityComparison,
  formatShare,
  formatTotalBound,
  formatTotalValue,
  metricReports,
  shareOf,
  sumValues,
} from '../../src/core/metrics-totals.ts';
import { regions, source } from './fixture.ts';

const exact = (value: number, count = 1) => ({ value, approximate: false, count });
const atLeast = (value: number, count = 1) => ({ value, approximate: true, count });
const report = (key: string) => metricReports(source).find((r) => r.definition.key === key)!;

describe('summing reported values', () => {
  it('adds exact values exactly', () => {
    expect(sumValues([{ value: 129, approximate: false }, { value: 71, approximate: false }])).toEqual(exact(200, 2));
  });
  it('adds lower bounds as a lower bound: one 余 makes the total 至少', () => {
    expect(sumValues([{ value: 1200, approximate: true }, { value: 300, approximate: false }])).toEqual(atLeast(1500, 2));
    expect(sumValues([{ value: 1200, approximate: true }, { value: 300, approximate: true }])).toEqual(atLeast(1500, 2));
  });
  it('sums nothing to an empty total', () => {
    expect(sumValues([])).toEqual(exact(0, 0));
  });
});

describe('metric reports', () => {
  it('follow the vocabulary order, unreported metrics included', () => {
    expect(metricReports(source).map((r) => r.definition.key)).toEqual(['suggestions', 'visits', 'unused']);
  });

  it('total the province over every article, the province-level one included', () => {
    expect(report('suggestions').total).toEqual(atLeast(1477, 6));
    expect(report('visits').total).toEqual(atLeast(2500, 3));
  });

  it('total by year, every year of the archive, oldest first', () => {
    expect(report('suggestions').byYear).toEqual([
      { year: 2023, total: exact(0, 0) },
      { year: 2024, total: atLeast(457, 4) },
      { year: 2025, total: exact(1020, 2) },
    ]);
    expect(report('visits').byYear.map((y) => y.total)).toEqual([exact(0, 0), atLeast(1200), atLeast(1300, 2)]);
  });

  it('roll counties up into their city; the province itself is its own row, after the cities', () => {
    const rows = report('suggestions').byCity.map((c) => [c.region.name, c.total]);
    expect(rows).toEqual([
      ['开封市', atLeast(470, 4)],
      ['济源示范区', exact(7)],
      ['河南省', exact(1000)],
    ]);
    // Cities without reports are left out.
    expect(report('visits').byCity.map((c) => c.region.name)).toEqual(['开封市', '洛阳市']);
  });

  it('by city adds up to the province total', () => {
    for (const r of metricReports(source)) {
      expect(r.byCity.reduce((n, c) => n + c.total.value, 0)).toBe(r.total.value);
      expect(r.byYear.reduce((n, y) => n + y.total.count, 0)).toBe(r.total.count);
    }
  });

  it('leave an unreported metric empty', () => {
    const r = report('unused');
    expect(r.total).toEqual(exact(0, 0));
    expect(r.byCity).toEqual([]);
    expect(r.byYear.every((y) => y.total.count === 0)).toBe(true);
  });
});

describe('area totals', () => {
  it('a city by year, its counties included', () => {
    const kaifeng = areaTotals(source, 'suggestions', regions.get('410200')!);
    expect(kaifeng.total).toEqual(atLeast(470, 4));
    expect(kaifeng.byYear.map((y) => y.total)).toEqual([exact(0, 0), atLeast(450, 3), exact(20)]);
  });
  it('a county on its own, the province as a whole', () => {
    expect(areaTotals(source, 'suggestions', regions.get('410225')!).total).toEqual(atLeast(320, 2));
    expect(areaTotals(source, 'suggestions', regions.province)).toEqual({ total: report('suggestions').total, byYear: report('suggestions').byYear });
  });
});

describe('a city next to the province', () => {
  it('lists the metrics the city reported, with the province total', () => {
    const rows = cityComparison(source, regions.get('410200')!);
    expect(rows.map((r) => [r.definition.key, r.city, r.province, r.share])).toEqual([
      ['suggestions', atLeast(470, 4), atLeast(1477, 6), undefined],
      ['visits', atLeast(2000, 2), atLeast(2500, 3), undefined],
    ]);
  });
  it('gives an exact city’s share of an approximate province as an upper bound', () => {
    const [row] = cityComparison(source, regions.get('419001')!);
    expect(row!.share).toEqual({ percent: 0.5, atMost: true });
    expect(formatShare(row!.share!)).toBe('不超过0.5%');
  });
  it('shares: exact of exact, none of a lower bound or of nothing', () => {
    expect(shareOf(exact(1), exact(3))).toEqual({ percent: 33.3, atMost: false });
    expect(formatShare(shareOf(exact(25), exact(100))!)).toBe('25%');
    expect(shareOf(atLeast(25), atLeast(100))).toBeUndefined();
    expect(shareOf(exact(0, 0), exact(0, 0))).toBeUndefined();
  });
});

describe('printing totals', () => {
  it('prints an approximate total as the bulletin prints a lower bound, or spelled out', () => {
    expect(formatTotalValue(atLeast(1500))).toBe('1500余');
    expect(formatTotalValue(exact(129))).toBe('129');
    expect(formatTotalBound(atLeast(1500))).toBe('至少1500');
    expect(formatTotalBound(exact(129))).toBe('129');
  });
});
