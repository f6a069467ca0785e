/**
 * /metrics/ and the city figures on region pages, in the built sample site.
 * The expected totals come straight from the content files (frontmatter and
 * YAML read here), not from the code that built the pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { inject, describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { PROJECT } from '../helpers/project-copy.ts';
import { readPage, squash } from '../helpers/html.ts';

const siteDir = inject('siteDir');
const content = join(PROJECT, 'content');

interface Vocabulary {
  key: string;
  label: string;
  unit: string;
}
const vocabulary = parse(readFileSync(join(content, 'metrics.yaml'), 'utf8')) as Vocabulary[];

// Region name (bare or with its city), or code → the code of its 省辖市; the province maps to itself.
const regionsFile = parse(readFileSync(join(content, 'regions.yaml'), 'utf8')) as {
  province: { name: string; code: string; label: string };
  cities: { name: string; code: string; counties: { name: string; code: string }[] }[];
};
const cityCode = new Map<string, string>();
for (const key of [regionsFile.province.name, regionsFile.province.code, regionsFile.province.label]) cityCode.set(key, regionsFile.province.code);
for (const c of regionsFile.cities) {
  for (const key of [c.name, c.code]) cityCode.set(key, c.code);
  for (const k of c.counties) for (const key of [k.name, c.name + k.name, k.code]) cityCode.set(key, c.code);
}

interface Value {
  year: number;
  city: string;
  value: number;
  approximate: boolean;
}

/** Every metric value in the content: `metrics:` of each article's frontmatter, with its issue year and city. */
function contentValues(): Map<string, Value[]> {
  const out = new Map<string, Value[]>();
  const issues = join(content, 'issues');
  for (const year of readdirSync(issues)) {
    for (const number of readdirSync(join(issues, year))) {
      for (const file of readdirSync(join(issues, year, number)).filter((f) => f.endsWith('.md') && f !== 'index.md')) {
        const text = readFileSync(join(issues, year, number, file), 'utf8');
        const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { region: string | number; metrics?: Record<string, number | string> };
        const city = cityCode.get(String(front.region));
        if (!city) throw new Error(`${file}: unknown region ${front.region}`);
        for (const [key, raw] of Object.entries(front.metrics ?? {})) {
          const m = /^(\d+)(\+?)$/.exec(String(raw).trim())!;
          out.set(key, [...(out.get(key) ?? []), { year: Number(year), city, value: Number(m[1]), approximate: m[2] === '+' }]);
        }
      }
    }
  }
  return out;
}
const values = contentValues();

/** `至少1500` or `129`, as the tables print a total. */
function bound(vs: Value[]): string {
  const sum = vs.reduce((n, v) => n + v.value, 0);
  return vs.some((v) => v.approximate) ? `至少${sum}` : String(sum);
}
/** `1500余` or `129`, as the chart labels a bar. */
function yu(vs: Value[]): string {
  const sum = vs.reduce((n, v) => n + v.value, 0);
  return vs.some((v) => v.approximate) ? `${sum}余` : String(sum);
}

describe('/metrics/', () => {
  const page = readPage(siteDir, '/metrics/');

  it('exists, in vocabulary order, with no script', () => {
    expect(page.html).not.toMatch(/<script\b/i);
    expect(page.texts('.metric-section h2')).toEqual(vocabulary.map((m) => m.label));
    // The sample content reports every metric, with lower bounds among the values.
    for (const m of vocabulary) expect(values.get(m.key)?.length, m.key).toBeGreaterThanOrEqual(1);
    expect([...values.values()].flat().some((v) => v.approximate)).toBe(true);
  });

  it('gives each metric’s province total, 至少 when any value was a lower bound', () => {
    const rows = selectAll('.metric-summary tbody tr', page.tree).map((tr) => squash(toText(tr)));
    expect(rows).toEqual(vocabulary.map((m) => `${m.label}${bound(values.get(m.key)!)}${m.unit}${values.get(m.key)!.length}篇`));
    for (const m of vocabulary) {
      expect(squash(page.text(`#metric-${m.key} .metric-total`))).toContain(`全省合计${bound(values.get(m.key)!)}${m.unit}`);
    }
  });

  it('totals each metric by year, in the table and in the chart’s bars, title and description', () => {
    for (const m of vocabulary) {
      const vs = values.get(m.key)!;
      const years = [...new Set(vs.map((v) => v.year))].sort();
      const section = select(`#metric-${m.key}`, page.tree)!;
      const yearRows = selectAll('.metric-by-year tbody tr', section).map((tr) => squash(toText(tr)));
      const svg = select('svg[role=img]', section)!;
      expect(svg, m.key).toBeDefined();
      expect(toText(select('title', svg)!)).toBe(`${m.label}历年合计`);
      const desc = toText(select('desc', svg)!);
      const labels = selectAll('text', svg).map((t) => toText(t));
      for (const year of years) {
        const ofYear = vs.filter((v) => v.year === year);
        expect(yearRows, `${m.key} ${year}`).toContain(`${year}年${bound(ofYear)}${ofYear.length}篇`);
        expect(desc).toContain(`${year}年 ${bound(ofYear)}${m.unit}（${ofYear.length}篇）`);
        expect(labels, `${m.key} ${year}`).toContain(yu(ofYear));
        expect(labels).toContain(`${year}年`);
      }
    }
  });

  it('totals each metric by city, counties rolled up, each city linked to its page', () => {
    for (const m of vocabulary) {
      const vs = values.get(m.key)!;
      const section = select(`#metric-${m.key}`, page.tree)!;
      const rows = selectAll('.metric-by-city tbody tr', section);
      // Cities in regions.yaml order, then the articles that name the province itself as “省级”.
      const areas = [...regionsFile.cities, { name: '省级', code: regionsFile.province.code }].filter((c) => vs.some((v) => v.city === c.code));
      expect(rows.map((tr) => squash(toText(tr)))).toEqual(
        areas.map((c) => {
          const ofArea = vs.filter((v) => v.city === c.code);
          return `${c.name}${bound(ofArea)}${ofArea.length}篇`;
        }),
      );
      expect(rows.map((tr) => select('a', tr)!.properties['href'])).toEqual(areas.map((c) => `/regions/${c.code}/`));
      expect(squash(toText(select('.metric-by-city tfoot', section)!))).toBe(`全省${bound(vs)}${vs.length}篇`);
    }
  });
});

describe('a city page', () => {
  it('shows the city’s figures, its counties included, next to the province’s', () => {
    // 开封市 reports only through 兰考县: its figures are its counties’.
    const kaifeng = regionsFile.cities.find((c) => c.name === '开封市')!;
    const page = readPage(siteDir, `/regions/${kaifeng.code}/`);
    expect(page.html).not.toMatch(/<script\b/i);
    const rows = selectAll('.city-metrics tbody tr', page.tree).map((tr) => selectAll('th, td', tr).map((c) => toText(c).trim()));
    const reported = vocabulary.filter((m) => values.get(m.key)!.some((v) => v.city === kaifeng.code));
    expect(reported.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.slice(0, 3))).toEqual(
      reported.map((m) => [m.label, `${bound(values.get(m.key)!.filter((v) => v.city === kaifeng.code))}${m.unit}`, `${bound(values.get(m.key)!)}${m.unit}`]),
    );
  });

  it('is not shown on county pages', () => {
    const lankao = regionsFile.cities.flatMap((c) => c.counties).find((k) => k.name === '兰考县')!;
    expect(readPage(siteDir, `/regions/${lankao.code}/`).has('.city-metrics')).toBe(false);
  });
});
