/**
 * Totals of the reported metrics: by year, by 省辖市 and for the province.
 *
 * A reported value is exact (129) or a lower bound (1200+). Sums of lower
 * bounds are lower bounds, so a total is approximate as soon as one of its
 * values is; it is then printed like a single lower bound (`1500余`) or
 * spelled out (`至少1500`).
 *
 * Articles whose region is the province itself (河南省, “全省”) belong to no
 * city: they form their own “省级” row in the city breakdown and count in the
 * province total, which is the sum of every article. 济源示范区 is a city in
 * regions.yaml (a 省直管 area with no counties) and is treated as one.
 */
import type { Article } from './model.ts';
import { formatMetricValue, type MetricDefinition, type MetricValue } from './metrics.ts';
import type { Region, RegionIndex } from './regions.ts';

export interface MetricTotal {
  value: number;
  /** True when any summed value was a lower bound: the total is then one too. */
  approximate: boolean;
  /** How many reported values (one per article) went into it. */
  count: number;
}

/** What the totals need of the archive; `Archive` satisfies it. */
export interface MetricsSource {
  /** The vocabulary, in its order. */
  metrics: MetricDefinition[];
  regions: RegionIndex;
  issues: { year: number; articles: Pick<Article, 'region' | 'metrics'>[] }[];
}

export interface YearTotal {
  year: number;
  /** count 0 when nothing was reported that year. */
  total: MetricTotal;
}

export interface AreaTotal {
  /** A city, or the province for the articles that name the province itself. */
  region: Region;
  total: MetricTotal;
}

/** One metric across the archive: what the /metrics/ page shows. */
export interface MetricReport {
  definition: MetricDefinition;
  /** The province: every article. */
  total: MetricTotal;
  /** Every year of the archive, oldest first (years without reports included, with count 0). */
  byYear: YearTotal[];
  /** Cities with reports in regions.yaml order, then the 省级 row when the province reported itself. */
  byCity: AreaTotal[];
}

/** A city's total of one metric next to the province's. */
export interface CityComparison {
  definition: MetricDefinition;
  city: MetricTotal;
  province: MetricTotal;
  share: Share | undefined;
}

/** A city's share of the province total, in percent: exact, or an upper bound when only the province total is approximate. */
export interface Share {
  percent: number;
  atMost: boolean;
}

/** Label of the row for articles whose region is the province itself. */
export const PROVINCE_LEVEL_LABEL = '省级';

export const NO_TOTAL: MetricTotal = Object.freeze({ value: 0, approximate: false, count: 0 });

export function addValue(total: MetricTotal, v: MetricValue): MetricTotal {
  return { value: total.value + v.value, approximate: total.approximate || v.approximate, count: total.count + 1 };
}

export function sumValues(values: readonly MetricValue[]): MetricTotal {
  return values.reduce<MetricTotal>(addValue, NO_TOTAL);
}

interface Reported {
  year: number;
  region: Region;
  value: MetricValue;
}

/** Every reported value of one metric, with the year of its issue and the article's region. */
function reported(source: MetricsSource, key: string): Reported[] {
  return source.issues.flatMap((issue) =>
    issue.articles.flatMap((a) => a.metrics.filter((m) => m.definition.key === key).map((m) => ({ year: issue.year, region: a.region, value: m.value }))),
  );
}

function archiveYears(source: MetricsSource): number[] {
  return [...new Set(source.issues.map((i) => i.year))].sort((a, b) => a - b);
}

function byYear(years: number[], values: Reported[]): YearTotal[] {
  return years.map((year) => ({ year, total: sumValues(values.filter((r) => r.year === year).map((r) => r.value)) }));
}

/** Does a value reported for `region` count for `area` (a city: itself and its counties; the province: everything)? */
function within(regions: RegionIndex, area: Region, region: Region): boolean {
  if (area.level === 'province') return true;
  if (area.level === 'city') return regions.cityOf(region)?.code === area.code;
  return region.code === area.code;
}

/** The totals of one metric for an area (the province, a city with its counties, or a county), overall and by year. */
export function areaTotals(source: MetricsSource, key: string, area: Region): { total: MetricTotal; byYear: YearTotal[] } {
  const values = reported(source, key).filter((r) => within(source.regions, area, r.region));
  return { total: sumValues(values.map((r) => r.value)), byYear: byYear(archiveYears(source), values) };
}

/** One report per metric of the vocabulary, in its order (metrics nobody reported included, with empty totals). */
export function metricReports(source: MetricsSource): MetricReport[] {
  const years = archiveYears(source);
  const { regions } = source;
  return source.metrics.map((definition) => {
    const values = reported(source, definition.key);
    const sumWhere = (test: (r: Reported) => boolean) => sumValues(values.filter(test).map((r) => r.value));
    const cities = regions.cities.map((region) => ({ region, total: sumWhere((r) => regions.cityOf(r.region)?.code === region.code) }));
    const provinceLevel = { region: regions.province, total: sumWhere((r) => regions.cityOf(r.region) === undefined) };
    return {
      definition,
      total: sumValues(values.map((r) => r.value)),
      byYear: byYear(years, values),
      byCity: [...cities, provinceLevel].filter((c) => c.total.count > 0),
    };
  });
}

/** A city's figures next to the province's, for the metrics the city reported, in vocabulary order. */
export function cityComparison(source: MetricsSource, city: Region): CityComparison[] {
  return source.metrics.flatMap((definition) => {
    const own = areaTotals(source, definition.key, city).total;
    if (own.count === 0) return [];
    const province = areaTotals(source, definition.key, source.regions.province).total;
    return [{ definition, city: own, province, share: shareOf(own, province) }];
  });
}

/**
 * The part's share of the whole, when the lower bounds allow one: both exact
 * gives the share; an exact part of an approximate whole gives an upper bound
 * (the whole may be larger); an approximate part gives none (both may grow).
 */
export function shareOf(part: MetricTotal, whole: MetricTotal): Share | undefined {
  if (part.approximate || whole.value === 0) return undefined;
  const ratio = (part.value / whole.value) * 1000;
  // Rounding an upper bound down would understate it.
  return whole.approximate ? { percent: Math.ceil(ratio) / 10, atMost: true } : { percent: Math.round(ratio) / 10, atMost: false };
}

/** `1500余` / `129`: a total printed the way the bulletin prints a single value. */
export function formatTotalValue(total: MetricTotal): string {
  return formatMetricValue(total);
}

/** `至少1500` / `129`: a total with its lower bound spelled out, for tables. */
export function formatTotalBound(total: MetricTotal): string {
  return total.approximate ? `至少${total.value}` : String(total.value);
}

/** `12.5%` / `不超过12.5%`. */
export function formatShare(share: Share): string {
  return `${share.atMost ? '不超过' : ''}${share.percent}%`;
}
