/** A small archive for the metric totals: two cities (one with counties), the province, three years. */
import type { ArticleMetric } from '../../src/core/model.ts';
import type { MetricDefinition } from '../../src/core/metrics.ts';
import { parseMetricValue } from '../../src/core/metrics.ts';
import type { MetricsSource } from '../../src/core/metrics-totals.ts';
import { RegionIndex } from '../../src/core/regions.ts';

export const regions = new RegionIndex({
  province: { name: '河南省', code: '410000', label: '全省' },
  cities: [
    {
      name: '开封市',
      code: '410200',
      counties: [
        { name: '龙亭区', code: '410202', kind: 'district' },
        { name: '兰考县', code: '410225', kind: 'county' },
      ],
    },
    { name: '济源示范区', code: '419001', counties: [] },
    { name: '洛阳市', code: '410300', counties: [] },
  ],
});

export const vocabulary: MetricDefinition[] = [
  { key: 'suggestions', label: '收集意见建议', unit: '条' },
  { key: 'visits', label: '走访联系群众', unit: '人次' },
  { key: 'unused', label: '举办培训', unit: '期' },
];

const region = (code: string) => regions.get(code)!;

function article(code: string, metrics: Record<string, number | string>) {
  return {
    region: region(code),
    metrics: Object.entries(metrics).map(([key, raw]): ArticleMetric => ({ definition: vocabulary.find((d) => d.key === key)!, value: parseMetricValue(raw)! })),
  };
}

export const source: MetricsSource = {
  metrics: vocabulary,
  regions,
  issues: [
    // 2023: an issue without metrics, so the year exists but has nothing reported.
    { year: 2023, articles: [article('410300', {})] },
    {
      year: 2024,
      articles: [
        article('410200', { suggestions: 100, visits: '1200+' }),
        article('410202', { suggestions: 50 }),
        article('410225', { suggestions: '300+' }),
      ],
    },
    { year: 2024, articles: [article('419001', { suggestions: 7 })] },
    {
      year: 2025,
      articles: [article('410225', { suggestions: 20, visits: 800 }), article('410000', { suggestions: 1000 }), article('410300', { visits: '500+' })],
    },
  ],
};
