import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { yearTotalsChart } from '../../src/charts/year-totals-chart.ts';
import { metricReports } from '../../src/core/metrics-totals.ts';
import { source } from './fixture.ts';

const [suggestions, visits] = metricReports(source);

async function render(report = suggestions!) {
  const svg = await yearTotalsChart(`chart-${report.definition.key}`, report.definition, report.byYear);
  const tree = fromHtml(svg, { fragment: true });
  return { svg, tree, texts: selectAll('text', tree).map((n) => toText(n)) };
}

describe('the chart of yearly totals', () => {
  it('is one accessible SVG: role img, labelled by its title and description', async () => {
    const { svg, tree } = await render();
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).not.toMatch(/<script|<foreignObject/i);
    const root = select('svg', tree)!;
    expect(root.properties['ariaLabelledBy']).toEqual(['chart-suggestions-title', 'chart-suggestions-desc']);
    expect(toText(select('title#chart-suggestions-title', tree)!)).toBe('收集意见建议历年合计');
    expect(toText(select('desc#chart-suggestions-desc', tree)!)).toBe(
      '柱状图，各年收集意见建议合计（单位：条）：2023年 无报送；2024年 至少457条（4篇）；2025年 1020条（2篇）。',
    );
  });

  it('labels each bar with its total, 余 on a lower bound, and each year in Chinese', async () => {
    const { texts } = await render();
    expect(texts).toContain('457余');
    expect(texts).toContain('1020');
    expect(texts).toContain('无报送');
    for (const year of ['2023年', '2024年', '2025年']) expect(texts).toContain(year);
    expect(texts).toContain('↑ 合计（条）');
    // Ticks are whole numbers printed without separators, as the bulletin prints figures.
    expect(texts.filter((t) => /^\d[\d,]*$/.test(t)).every((t) => !t.includes(','))).toBe(true);
  });

  it('draws lower-bound bars dashed, not only in another colour', async () => {
    const { tree } = await render(visits);
    const dashed = selectAll('g[stroke-dasharray] rect', tree);
    expect(dashed).toHaveLength(2);
    expect(selectAll('rect', tree)).toHaveLength(2);
  });

  it('renders byte-identical SVG twice', async () => {
    expect((await render()).svg).toBe((await render()).svg);
  });
});
