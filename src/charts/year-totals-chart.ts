/**
 * A metric's province totals year by year, as a bar chart. Print first: bars
 * in grey and black, every bar labelled with its number, and a lower-bound
 * total drawn as a dashed outline and labelled `1500余`, so nothing depends on
 * colour. 560 px wide: it scales down to the A4 text block (156 mm).
 */
import * as Plot from '@observablehq/plot';
import type { MetricDefinition } from '../core/metrics.ts';
import { formatTotalBound, formatTotalValue, type YearTotal } from '../core/metrics-totals.ts';
import { plotToSvg } from './plot-svg.ts';

export const CHART_WIDTH = 560;
export const CHART_HEIGHT = 260;

interface Bar {
  year: string;
  value: number;
  label: string;
}

/** `2024年 至少1400条（2篇）；2025年 无报送。` */
export function describeYearTotals(definition: MetricDefinition, byYear: YearTotal[]): string {
  const parts = byYear.map(({ year, total }) =>
    total.count === 0 ? `${year}年 无报送` : `${year}年 ${formatTotalBound(total)}${definition.unit}（${total.count}篇）`,
  );
  return `柱状图，各年${definition.label}合计（单位：${definition.unit}）：${parts.join('；')}。`;
}

export function yearTotalsChart(id: string, definition: MetricDefinition, byYear: YearTotal[]): Promise<string> {
  const bars = (approximate: boolean): Bar[] =>
    byYear
      .filter((y) => y.total.count > 0 && y.total.approximate === approximate)
      .map((y) => ({ year: String(y.year), value: y.total.value, label: formatTotalValue(y.total) }));
  const missing = byYear.filter((y) => y.total.count === 0).map((y) => ({ year: String(y.year), value: 0, label: '无报送' }));
  const all = [...bars(false), ...bars(true)];
  return plotToSvg(
    {
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      marginTop: 28,
      marginLeft: 56,
      style: { fontSize: '13px', color: '#1a1a1a' },
      x: { type: 'band', domain: byYear.map((y) => String(y.year)), label: null, tickFormat: (y: string) => `${y}年`, padding: 0.35 },
      y: {
        label: `合计（${definition.unit}）`,
        grid: true,
        ticks: 4,
        nice: true,
        // Counts: no fractional ticks, and digits without separators as the bulletin prints them.
        tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : ''),
      },
      marks: [
        Plot.barY(bars(false), { x: 'year', y: 'value', fill: '#6b6b6b' }),
        Plot.barY(bars(true), { x: 'year', y: 'value', fill: '#d9d9d9', stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '5 3' }),
        Plot.text(all, { x: 'year', y: 'value', text: 'label', dy: -9, fontWeight: 700, fill: 'currentColor' }),
        Plot.text(missing, { x: 'year', y: 'value', text: 'label', dy: -9, fill: 'currentColor' }),
        Plot.ruleY([0]),
      ],
    },
    { id, title: `${definition.label}历年合计`, description: describeYearTotals(definition, byYear) },
  );
}
