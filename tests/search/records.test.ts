import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/core/load/index.ts';
import type { Archive } from '../../src/core/model.ts';
import { articleText, searchRecords } from '../../src/core/search/records.ts';
import { ANCHOR_WORD, spaceIdeographs, toPagefindQuery, unspaceExcerpt } from '../../src/core/search/segment.ts';
import { EARLIER_BUNDLE, LATEST_BUNDLE, orderAnchor, searchBundles } from '../../src/core/search/bundles.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const archive = loadArchive(PROJECT).archive as Archive;
const records = searchRecords(archive, (a) => `/issues/${a.issueKey}/${a.slug}/`);

describe('segmenting for search', () => {
  it('spaces ideographs apart and leaves everything else as written', () => {
    expect(spaceIdeographs('新乡市12345热线，5G网络')).toBe('新 乡 市12345热 线，5G网 络');
  });
  it('turns Chinese runs of a query into phrases of single ideographs', () => {
    expect(toPagefindQuery('龙亭区')).toBe('"龙 亭 区"');
    expect(toPagefindQuery('“联络站” 5G')).toBe('"联 络 站" 5G');
    expect(toPagefindQuery('站')).toBe('站');
    expect(toPagefindQuery('  APP  ')).toBe('APP');
    // The order anchor's word cannot be searched for.
    expect(toPagefindQuery(`${ANCHOR_WORD}`)).toBe('');
    expect(toPagefindQuery(`站${ANCHOR_WORD}`)).toBe('站');
  });
  it('makes excerpts readable again, marks included', () => {
    expect(unspaceExcerpt('代 表 <mark>联 </mark><mark>络 </mark><mark>站 </mark>作 为')).toBe('代表<mark>联</mark><mark>络</mark><mark>站</mark>作为');
    expect(unspaceExcerpt('借 助<mark>5G</mark>网 络 and more')).toBe('借助<mark>5G</mark>网络 and more');
  });
});

describe('search records', () => {
  it('one record per article, with the date sort key on every one', () => {
    expect(records).toHaveLength(archive.issues.reduce((n, i) => n + i.articles.length, 0));
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    for (const r of records) expect(r.sort.date).toMatch(/^\d{4}-\d{2}-\d{2}-\d{3}-\d{2}$/);
    // Newest issue sorts last as text, so “desc” puts it first.
    const keys = records.map((r) => r.sort.date);
    expect([...keys].sort()).toEqual(keys);
  });

  it('carries the metadata a result shows and the filters a reader narrows by', () => {
    const issue = archive.issues.find((i) => i.key === '2024/10')!;
    const article = issue.articles[0]!;
    const record = records.find((r) => r.url === `/issues/2024/10/${article.slug}/`)!;
    expect(record.meta).toMatchObject({ title: article.displayTitle, 期次: '2024年第10期', 日期: '2024年4月25日', 供稿单位: article.committee });
    expect(record.meta['专辑']).toMatch(/专辑（四）$/);
    expect(record.filters['年份']).toEqual(['2024']);
    expect(record.filters['主题']).toEqual(article.topics.map((t) => t.label));
    expect(record.filters['专辑']).toEqual([issue.series!.series.title]);
    const county = records.find((r) => r.filters['县（市、区）'])!;
    expect(county.filters['市']).toHaveLength(1);
    const cityLevel = archive.issues.flatMap((i) => i.articles).find((a) => a.region.level === 'city')!;
    expect(records.find((r) => r.url.endsWith(`/${cityLevel.slug}/`) && r.meta.title === cityLevel.displayTitle)!.filters['县（市、区）']).toBeUndefined();
  });

  it('indexes the whole article text: title, every paragraph, the committee line', () => {
    const article = archive.issues[0]!.articles[0]!;
    const record = records.find((r) => r.meta.title === article.displayTitle)!;
    expect(record.content).toBe(spaceIdeographs(articleText(article)));
    expect(articleText(article)).toContain(article.committee);
    expect(articleText(article)).not.toContain('**');
  });
});

describe('search bundles', () => {
  it('puts the latest year in the bundle Pagefind loads first and every earlier year in the merged one', () => {
    const [latest, earlier, ...more] = searchBundles(archive);
    expect(more).toEqual([]);
    expect(latest!.path).toBe(LATEST_BUNDLE);
    expect(earlier!.path).toBe(EARLIER_BUNDLE);
    expect(EARLIER_BUNDLE.startsWith(LATEST_BUNDLE)).toBe(true);
    expect(new Set(latest!.issues.map((i) => i.year))).toEqual(new Set([2025]));
    expect(new Set(earlier!.issues.map((i) => i.year))).toEqual(new Set([2024]));
    expect(latest!.issues.length + earlier!.issues.length).toBe(archive.issues.length);
  });

  it('has one bundle when the archive spans one year', () => {
    const oneYear = { issues: archive.issues.filter((i) => i.year === 2025) };
    expect(searchBundles(oneYear).map((b) => b.path)).toEqual([LATEST_BUNDLE]);
  });

  it('anchors the date order with a record that sorts before every article and has no filters', () => {
    const anchor = orderAnchor('/search/');
    expect(records.every((r) => r.sort.date! > anchor.sort.date!)).toBe(true);
    expect(anchor.filters).toEqual({});
    expect(anchor.content).toBe(ANCHOR_WORD);
  });
});
