/**
 * npm run bench:search — bytes fetched and time to results for a typical
 * query on a generated 3,000-article archive, in headless Chromium, for our
 * index as the site serves and searches it (per-ideograph, phrase queries;
 * the latest year's bundle first, its first page shown before the earlier
 * years' bundle is loaded) and for plain Pagefind over the same articles in
 * one bundle as the peer. Writes bench/search.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadArchive } from '../src/core/load/index.ts';
import { EARLIER_BUNDLE, LATEST_BUNDLE, searchBundles } from '../src/core/search/bundles.ts';
import { PAGE_SIZE } from '../src/search/search-page.ts';
import { articleText, searchRecords } from '../src/core/search/records.ts';
import { closePagefind, writeSearchBundle, writeSearchIndex } from '../src/search/pagefind-index.ts';
import { writeSyntheticArchive } from './lib/synthetic.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'jianbao-bench-search-'));
const QUERY = '联络站';
const WARM_QUERIES = ['票决制', '建议办理', '新乡市', '代表小组', '履职档案'];

const started = performance.now();
const log = (s: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${s}`);

const articles = writeSyntheticArchive(join(work, 'archive'), join(root, 'content'), { seed: 3000, issuesPerYear: 38, firstYear: 2000, years: 26, articles: [2, 4], bodyLength: 1500 });
const archive = loadArchive(join(work, 'archive')).archive!;
log(`生成 ${articles} 篇文章、${archive.issues.length} 期`);

const urlOf = (a: { issueKey: string; slug: string }) => `/issues/${a.issueKey}/${a.slug}/`;
const records = searchRecords(archive, urlOf);
let t = performance.now();
const written = [];
for (const bundle of searchBundles(archive)) written.push(await writeSearchBundle(archive, bundle, urlOf, join(work, 'site', 'ours', bundle.path)));
const ours = { errors: written.flatMap((w) => w.errors) };
const oursIndexSeconds = (performance.now() - t) / 1000;
// The peer: the same records as plain Pagefind sees them, text unspaced, queries as typed.
const texts = new Map(archive.issues.flatMap((i) => i.articles.map((a) => [`/issues/${a.issueKey}/${a.slug}/`, articleText(a)])));
t = performance.now();
const plain = await writeSearchIndex(records.map((r) => ({ ...r, content: texts.get(r.url)! })), join(work, 'site', 'plain', 'pagefind'));
const plainIndexSeconds = (performance.now() - t) / 1000;
await closePagefind();
if (ours.errors.length || plain.errors.length) throw new Error([...ours.errors, ...plain.errors].join('\n'));
log(`索引：本项目 ${oursIndexSeconds.toFixed(1)} s，原版 Pagefind ${plainIndexSeconds.toFixed(1)} s`);

for (const kind of ['ours', 'plain']) {
  mkdirSync(join(work, 'site', kind), { recursive: true });
  writeFileSync(join(work, 'site', kind, 'index.html'), '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench</title><body></body></html>');
}
writeFileSync(join(work, 'site', 'segment.js'), await bundleSegment());

const server = await serveStatic(join(work, 'site'));
const browser = await launchBrowser();

interface Run {
  /** Bytes fetched until the first page of results is shown. */
  bytes: number;
  requests: number;
  /** Until the first page of results is shown (for ours: the latest year's, unless it has fewer than a page). */
  coldMs: number;
  /** Until every bundle has answered (ours), with the bytes by then. */
  completeMs: number;
  completeBytes: number;
  warmMs: number[];
  results: number;
}

interface Step {
  ms: number;
  n: number;
  pageFull: boolean;
}

async function measure(kind: 'ours' | 'plain'): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (!r.url().includes('/pagefind/')) return;
    requests++;
    pending.push(r.body().then((b) => void (bytes += b.length), () => undefined));
  });
  await page.goto(`${server.url}/${kind}/`);
  // As the search page runs it (src/search/archive-search.ts): ours searches the latest year's bundle, shows
  // its first page, then searches the earlier years' bundle in its own Pagefind instance; the peer is plain
  // Pagefind as it ships, one bundle. Results' data are loaded for the first page, as the page draws it.
  const bundles = kind === 'ours' ? [`/ours/${LATEST_BUNDLE}`, `/ours/${EARLIER_BUNDLE}`] : ['/plain/pagefind/'];
  await page.evaluate(
    async ({ kind, bundles, pageSize }) => {
      const segmentUrl = '/segment.js';
      const seg = kind === 'ours' ? await import(segmentUrl) : { toPagefindQuery: (q: string) => q };
      type Pf = { options(o: object): Promise<void>; init(): Promise<void>; search(q: string, o?: object): Promise<{ results: { data(): Promise<unknown> }[] }> };
      const loaded = new Map<string, Promise<Pf>>();
      const load = (path: string) => {
        if (!loaded.has(path))
          loaded.set(path, (async () => {
            const pf = (await import(`${path}pagefind.js`)) as Pf;
            await pf.options(kind === 'ours' ? { baseUrl: '/', noWorker: true } : { baseUrl: '/' });
            await pf.init();
            return pf;
          })());
        return loaded.get(path)!;
      };
      const w = window as unknown as { step(q: string, k: number, shown: number): Promise<{ ms: number; n: number; pageFull: boolean }> };
      /** Searches bundle k; loads the data of the results that complete the first page after `shown` earlier ones. */
      w.step = async (q, k, shown) => {
        const t0 = performance.now();
        const pf = await load(bundles[k]!);
        const r = await pf.search(seg.toPagefindQuery(q), { sort: { date: 'desc' } });
        await Promise.all(r.results.slice(0, Math.max(0, pageSize - shown)).map((x) => x.data()));
        return { ms: performance.now() - t0, n: r.results.length, pageFull: shown + r.results.length >= pageSize };
      };
    },
    { kind, bundles, pageSize: PAGE_SIZE },
  );
  const step = (q: string, k: number, shown: number) => page.evaluate(({ q, k, shown }) => (window as unknown as { step(q: string, k: number, shown: number): Promise<Step> }).step(q, k, shown), { q, k, shown });
  /** One query as the page runs it: the time until its first page is shown, and until every bundle answered. */
  const query = async (q: string, onFirstPage?: () => Promise<void>) => {
    let ms = 0;
    let firstMs: number | undefined;
    let n = 0;
    for (let k = 0; k < bundles.length; k++) {
      const s = await step(q, k, n);
      ms += s.ms;
      n += s.n;
      if (firstMs === undefined && (s.pageFull || k === bundles.length - 1)) {
        firstMs = ms;
        await onFirstPage?.();
      }
    }
    return { firstMs: firstMs!, completeMs: ms, n };
  };
  let firstBytes = 0;
  let firstRequests = 0;
  const cold = await query(QUERY, async () => {
    await Promise.all(pending);
    firstBytes = bytes;
    firstRequests = requests;
  });
  await Promise.all(pending);
  const completeBytes = bytes;
  const warmMs: number[] = [];
  for (let pass = 0; pass < 2; pass++) for (const q of WARM_QUERIES) warmMs.push((await query(q)).firstMs);
  await context.close();
  return { bytes: firstBytes, requests: firstRequests, coldMs: cold.firstMs, completeMs: cold.completeMs, completeBytes, warmMs, results: cold.n };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const out: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavgAtStart: loadavg()[0] },
  articles,
  query: QUERY,
};
const rows: string[] = [];
for (const kind of ['ours', 'plain'] as const) {
  const runs: Run[] = [];
  for (let i = 0; i < 5; i++) runs.push(await measure(kind));
  const bytes = median(runs.map((r) => r.bytes));
  const result = {
    coldBytes: bytes,
    coldMs: Math.round(median(runs.map((r) => r.coldMs))),
    completeBytes: median(runs.map((r) => r.completeBytes)),
    completeMs: Math.round(median(runs.map((r) => r.completeMs))),
    warmMs: Math.round(median(runs.flatMap((r) => r.warmMs)) * 10) / 10,
    results: runs[0]!.results,
    indexSeconds: kind === 'ours' ? oursIndexSeconds : plainIndexSeconds,
  };
  out[kind === 'ours' ? 'jianbao' : 'plainPagefind'] = result;
  rows.push(
    `${kind === 'ours' ? 'jianbao' : '原版 Pagefind'}`.padEnd(16) +
      `${(result.coldBytes / 1024).toFixed(0)} KB`.padStart(10) +
      `${result.coldMs} ms`.padStart(10) +
      `${result.warmMs} ms`.padStart(10) +
      `${(result.completeBytes / 1024).toFixed(0)} KB`.padStart(10) +
      `${result.completeMs} ms`.padStart(10) +
      `${result.results}`.padStart(8),
  );
  log(`${kind} 完成`);
}
const truth = [...texts.values()].filter((text) => text.includes(QUERY)).length;
out.truth = truth;
await browser.close();
await server.close();
rmSync(work, { recursive: true, force: true });

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'search.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`\n检索基准：${articles} 篇文章，查询“${QUERY}”（实际含此词 ${truth} 篇），无头 Chromium，首次查询含加载\n`);
console.log(`${''.padEnd(16)}${'首屏字节'.padStart(8)}${'首屏'.padStart(8)}${'再查首屏'.padStart(8)}${'全部字节'.padStart(8)}${'全部'.padStart(8)}${'结果'.padStart(6)}`);
for (const row of rows) console.log(row);
console.log(`\n首屏 = 第一页 ${PAGE_SIZE} 条结果显示出来（本项目先检索最近一年的包，够一页即显示）；全部 = 每个包都已回答。`);
console.log(`目标：首查 ≤ 200 KB、≤ 250 ms，再查 ≤ 50 ms。写入 bench/search.json`);

/** The query transform as the browser gets it: segment.ts with its types stripped. */
async function bundleSegment(): Promise<string> {
  const { transform } = await import('esbuild');
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(join(root, 'src/core/search/segment.ts'), 'utf8');
  return (await transform(source, { loader: 'ts', format: 'esm' })).code;
}
