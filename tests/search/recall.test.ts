/**
 * Recall and precision of Chinese search, on the real Pagefind index built
 * from the sample content plus a generated archive, searched with Pagefind's
 * own runtime and the search page's query transform. The truth for each
 * term: the articles whose text contains it as a plain substring. The index
 * is split as the build splits it — the latest year, and the earlier years
 * merged in — so recall and the date order are measured across the merge.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/core/load/index.ts';
import type { Archive } from '../../src/core/model.ts';
import { EARLIER_BUNDLE, LATEST_BUNDLE, orderAnchor } from '../../src/core/search/bundles.ts';
import { articleText, searchRecords, type SearchRecord } from '../../src/core/search/records.ts';
import { openSearch, type NodeSearch } from '../../src/search/node-search.ts';
import { closePagefind, writeSearchIndex } from '../../src/search/pagefind-index.ts';
import { writeSyntheticArchive } from '../../scripts/lib/synthetic.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const TERMS = [
  // Work terms, many of them inside longer words in the text.
  '联络站', '建议', '票决', '票决制', '代表小组', '建议办理', '作站', '议办', '提质增效', '履职档案', '满意率', '回头看',
  '立法联系点', '数字化', '专题调研', '联系群众', '积分', '视察', '站点', '进站接待', '民生实事',
  // Places: cities, counties and districts, some written only inside longer names.
  '郑州市', '金水区', '兰考县', '新乡市', '周口', '漯河市源汇区', '山城区', '龙亭区', '林州市', '固始县', '济源', '陕州区', '洛阳',
  // Latin and digits in Chinese text.
  '12345热线', '5G',
];

const dir = mkdtempSync(join(tmpdir(), 'jianbao-recall-'));
let search: NodeSearch;
const texts = new Map<string, string>();
const dates = new Map<string, string>();

function recordsOf(archive: Archive, prefix: string): SearchRecord[] {
  const records = searchRecords(archive, (a) => `${prefix}/issues/${a.issueKey}/${a.slug}/`);
  for (const issue of archive.issues) for (const a of issue.articles) texts.set(`${prefix}/issues/${a.issueKey}/${a.slug}/`, articleText(a));
  return records;
}

beforeAll(async () => {
  writeSyntheticArchive(join(dir, 'synthetic'), join(PROJECT, 'content'), { seed: 2024, issuesPerYear: 30, firstYear: 2015, years: 3, bodyLength: 1200 });
  const generated = loadArchive(join(dir, 'synthetic')).archive!;
  const records = [...recordsOf(loadArchive(PROJECT).archive!, ''), ...recordsOf(generated, '/generated')];
  const yearOf = (r: SearchRecord) => r.sort.date!.slice(0, 4);
  const latestYear = records.map(yearOf).sort().at(-1)!;
  const latest = records.filter((r) => yearOf(r) === latestYear);
  const earlier = records.filter((r) => yearOf(r) !== latestYear);
  expect(earlier.length).toBeGreaterThan(latest.length);
  // As the build writes them: the latest year with its order anchor, the earlier years beside.
  for (const [path, part] of [[LATEST_BUNDLE, [...latest, orderAnchor('/search/')]], [EARLIER_BUNDLE, earlier]] as const) {
    const result = await writeSearchIndex(part, join(dir, path));
    expect(result.errors).toEqual([]);
  }
  await closePagefind();
  search = await openSearch(join(dir, LATEST_BUNDLE));
  for (const r of records) dates.set(r.url, r.sort.date!);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Chinese search recall', () => {
  it(`finds every article containing each of ${TERMS.length} terms, and little else`, async () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(30);
    expect(texts.size).toBeGreaterThan(200);
    let truePositives = 0;
    let found = 0;
    let relevant = 0;
    const report: string[] = [];
    for (const term of TERMS) {
      const truth = new Set([...texts].filter(([, text]) => text.toLowerCase().includes(term.toLowerCase())).map(([url]) => url));
      const hits = new Set(await search.urls(term));
      const hit = [...hits].filter((u) => truth.has(u)).length;
      truePositives += hit;
      found += hits.size;
      relevant += truth.size;
      report.push(`${term}: ${hit}/${truth.size} found, ${hits.size} returned`);
      expect(hit, `${term}: recall ${hit}/${truth.size}`).toBe(truth.size);
    }
    const recall = truePositives / relevant;
    const precision = truePositives / found;
    console.log(`recall ${recall.toFixed(4)}, precision ${precision.toFixed(4)} over ${relevant} relevant\n${report.join('\n')}`);
    expect(relevant).toBeGreaterThan(500);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('lists results newest first across the latest year and the earlier years', async () => {
    // Every article ends with its “（…供稿）” line: the search returns them all.
    const urls = await search.urls('供稿');
    expect(urls).toHaveLength(texts.size);
    // Newest first throughout, including the latest year's oldest article, which scores 0 like the oldest of all.
    expect(urls.map((u) => dates.get(u))).toEqual([...dates.values()].sort().reverse());
    // The anchor that holds the order never shows.
    expect(await search.urls('\u203f')).toEqual([]);
    const keys = (await search.urls('代表')).map((u) => dates.get(u)!);
    expect(new Set(keys.map((k) => k.slice(0, 4))).size).toBeGreaterThan(2);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('keeps excerpts readable: the matched term highlighted, no spaces between ideographs', async () => {
    const { unspaceExcerpt } = await import('../../src/core/search/segment.ts');
    const [first] = await search.results('联络站', 1);
    const excerpt = unspaceExcerpt(first!.excerpt);
    expect(excerpt).toMatch(/<mark>联<\/mark><mark>络<\/mark><mark>站<\/mark>/);
    expect(excerpt).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });
});
