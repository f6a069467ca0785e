/**
 * npm run bench [-- --years 25 --per-year 40 --seed 2025] — what a build
 * costs at the archive's full size: a generated archive (1,000 issues, about
 * 3,000 articles; same seed, same files) built cold, then the everyday path —
 * an editor adds one issue (npm run new-issue / new-article) and rebuilds —
 * and Hugo building the same articles as plain pages, the peer for how fast a
 * static build of this size can be. Peak memory is the resident memory of
 * every process involved (Node with its worker threads, Pagefind), sampled.
 * Prints a table and writes bench/results.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { folderBytes } from '../src/build/cache.ts';
import { makeProjectCopy, runScript } from '../tests/helpers/project-copy.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { hugoAvailable, runHugoPeer } from './lib/hugo-peer.ts';
import { spawnMeasured, type MeasuredRun } from './lib/peak-memory.ts';
import { writeSyntheticArchive } from './lib/synthetic.ts';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '25' },
    'per-year': { type: 'string', default: '40' },
    seed: { type: 'string', default: '2025' },
  },
});
const years = Number(values.years);
const perYear = Number(values['per-year']);
const seed = Number(values.seed);
const FIRST_YEAR = 2001;
const QUERY = '联络站';
const root = resolve('.');

const work = mkdtempSync(join(tmpdir(), 'jianbao-bench-'));
const articles = writeSyntheticArchive(work, join(root, 'content'), { seed, issuesPerYear: perYear, firstYear: FIRST_YEAR, years, articles: [2, 4] });
const project = makeProjectCopy(join(work, 'content'));
const cacheDir = join(work, 'cache');
console.log(`生成的档案：${years * perYear} 期、${articles} 篇文章（种子 ${seed}）`);

interface Stages {
  /** Config and validation: until Astro starts bundling. */
  setup: number;
  /** Astro bundling and rendering the pages. */
  pages: number;
  /** Until the HTML is written: setup + pages, what Hugo's build compares with. */
  html: number;
  /** PDFs, cards, search index: each timed from the build's start, alongside the pages. */
  pdf: number;
  cards: number;
  search: number;
  /** After the pages: waiting for the steps above and writing their files. */
  finish: number;
}

interface BuildRun {
  seconds: number;
  peakMemoryMB: number;
  stages: Stages;
  drawn: { pdf: string; cards: string; search: string; pages: string };
}

async function build(env: Record<string, string>): Promise<BuildRun> {
  const run = await spawnMeasured(process.execPath, [join(project, 'scripts/build.ts')], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  if (run.status !== 0) throw new Error(`构建失败：\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
  return { seconds: run.seconds, peakMemoryMB: run.peakMemoryMB, stages: stagesOf(run), drawn: drawnOf(run.stdout) };
}

function stagesOf(run: MeasuredRun): Stages {
  const at = (pattern: RegExp, from = 0) => run.lines.slice(from).find((l) => pattern.test(l.text))?.at ?? NaN;
  const bundling = run.lines.findIndex((l) => /Building static entrypoints/.test(l.text));
  const setup = at(/Building static entrypoints/);
  const html = at(/\[build\] ✓ Completed in/, bundling);
  const step = (label: string) => Number(run.stdout.match(new RegExp(`${label}：[^\\n]*?([\\d.]+) 秒`))?.[1] ?? NaN);
  return { setup, pages: html - setup, html, pdf: step('印刷版 PDF'), cards: step('分享卡片'), search: step('搜索索引'), finish: run.seconds - html };
}

function drawnOf(out: string): BuildRun['drawn'] {
  const drawn = (label: string) => out.match(new RegExp(`${label}：[^\\n]*?（((?:新绘|新索引) \\d+，缓存 \\d+)`))?.[1] ?? '';
  return { pdf: drawn('印刷版 PDF'), cards: drawn('分享卡片'), search: drawn('搜索索引'), pages: out.match(/页面：([^\n]*)/)?.[1] ?? '' };
}

function run(script: string, args: string[]): string {
  const r = runScript(project, script, args);
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} 失败：\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * The real search page on a fresh browser: bytes fetched and time until the
 * first results show (the latest year's bundle), then the bytes once every
 * bundle has answered. Measured in the page (Resource Timing), so that a
 * file asked for just after the first results show is not counted for them.
 */
async function searchOnce(dist: string): Promise<{ bytes: number; pagefindBytes: number; ms: number; results: number; completeBytes: number }> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.search-result')) return;
        (window as unknown as { firstShown: number }).firstShown = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(QUERY)}`);
    await page.waitForFunction(() => /^找到 \d+ 篇文章$/.test(document.querySelector('.search-message')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const measured = await page.evaluate(() => {
      const firstShown = (window as unknown as { firstShown: number }).firstShown;
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      const sum = (list: PerformanceResourceTiming[]) => list.reduce((n, e) => n + e.decodedBodySize, 0);
      const first = entries.filter((e) => e.startTime < firstShown);
      return {
        ms: firstShown,
        bytes: sum(first),
        pagefindBytes: sum(first.filter((e) => e.name.includes('/pagefind/'))),
        completeBytes: sum(entries),
        message: document.querySelector('.search-message')?.textContent ?? '',
      };
    });
    return { ...measured, results: Number(measured.message.match(/\d+/)?.[0] ?? NaN) };
  } finally {
    await browser.close();
    await server.close();
  }
}

console.log('冷构建（缓存为空）…');
const cold = await build({ JIANBAO_CACHE_DIR: cacheDir });
const distBytes = folderBytes(join(project, 'dist'));
const search = await searchOnce(join(project, 'dist'));

// The everyday path: one more issue with two articles, as an editor makes it.
const lastYear = FIRST_YEAR + years - 1;
run('scripts/new-issue.ts', ['--date', `${lastYear}-12-31`]);
const key = `${lastYear}/${perYear + 1}`;
for (const region of ['西峡县', '开封市龙亭区']) {
  const printed = run('scripts/new-article.ts', [key, '--region', region, '--title', '新增一期的测试文章']);
  const file = join(project, printed.split('\n').find((l) => l.endsWith('.md'))!);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.slice(0, text.indexOf('\n---\n') + 5) + `\n${region}人大常委会健全代表联络站工作机制，推动代表履职常态化。\n`);
}
console.log('新增一期后重建…');
const warm = await build({ JIANBAO_CACHE_DIR: cacheDir });

const hugoVersion = hugoAvailable();
let hugo: { seconds: number; peakMemoryMB: number; pages: number; version: string } | undefined;
if (hugoVersion) {
  console.log('Hugo 对照…');
  hugo = await runHugoPeer(join(work, 'content'), join(work, 'hugo'));
} else {
  console.log('未安装 hugo（Debian：apt-get install hugo），跳过对照。');
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
const roundStages = (s: Stages) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)])) as unknown as Stages;
const ratio = (n: number) => (hugo ? round(n / hugo.seconds, 1) : null);
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  archive: { issues: years * perYear, articles, seed },
  coldBuildSeconds: round(cold.seconds),
  oneIssueRebuildSeconds: round(warm.seconds),
  peakMemoryMB: Math.max(cold.peakMemoryMB, warm.peakMemoryMB),
  hugoFullBuildSeconds: hugo ? round(hugo.seconds) : null,
  hugo: hugo ? { version: hugo.version, pages: hugo.pages, peakMemoryMB: hugo.peakMemoryMB } : null,
  ratiosToHugo: { htmlStage: ratio(cold.stages.html), oneIssueRebuild: ratio(warm.seconds) },
  distMB: round(distBytes / 2 ** 20, 1),
  search: { query: QUERY, bytes: search.bytes, pagefindBytes: search.pagefindBytes, msToFirstResults: Math.round(search.ms), results: search.results, bytesAllBundles: search.completeBytes },
  stages: { cold: roundStages(cold.stages), oneIssueRebuild: roundStages(warm.stages) },
  peakMemoryMBByRun: { cold: cold.peakMemoryMB, oneIssueRebuild: warm.peakMemoryMB },
  drawn: { cold: cold.drawn, oneIssueRebuild: warm.drawn },
  goals: { coldBuildSeconds: 120, oneIssueRebuildSeconds: 15, peakMemoryMB: 2048 },
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

// Columns padded by display width: an ideograph takes two columns in a terminal.
const width = (t: string) => [...t].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
const left = (t: string, n: number) => t + ' '.repeat(Math.max(0, n - width(t)));
const right = (t: string, n: number) => ' '.repeat(Math.max(0, n - width(t))) + t;
const cells = (name: string, values: string[]) => left(name, 16) + values.map((v) => right(v, 10)).join('');
const sec = (n: number) => `${n.toFixed(1)} s`;
const row = (name: string, b: BuildRun) =>
  cells(name, [sec(b.seconds), `${b.peakMemoryMB} MB`, ...[b.stages.setup, b.stages.pages, b.stages.pdf, b.stages.cards, b.stages.search, b.stages.finish].map(sec)]);
console.log(`\n${cells('运行', ['总用时', '内存峰值', '准备', '页面', 'PDF', '卡片', '搜索', '收尾'])}`);
console.log(row('冷构建', cold));
console.log(row('新增一期后重建', warm));
if (hugo) console.log(cells('Hugo 全量构建', [sec(hugo.seconds), `${hugo.peakMemoryMB} MB`]));
console.log('（PDF、卡片、搜索与页面同时进行，各自从构建开始计时；收尾 = 页面完成后到结束。）');
console.log(`\n页面（HTML）阶段为 Hugo 全量构建的 ${results.ratiosToHugo.htmlStage ?? '—'} 倍；新增一期后重建为其 ${results.ratiosToHugo.oneIssueRebuild ?? '—'} 倍。`);
console.log(`重建时：PDF ${warm.drawn.pdf}；卡片 ${warm.drawn.cards}；检索索引 ${warm.drawn.search} 篇；页面 ${warm.drawn.pages}`);
console.log(`dist/ ${results.distMB} MB；搜索“${QUERY}”：首次打开搜索页到第一批结果共下载 ${(search.bytes / 1024).toFixed(0)} KB（其中 Pagefind ${(search.pagefindBytes / 1024).toFixed(0)} KB），${Math.round(search.ms)} ms；往年结果也到齐时共 ${(search.completeBytes / 1024).toFixed(0)} KB（${search.results} 篇）。`);
console.log(`目标：冷构建 < 120 s，新增一期后重建 < 15 s，内存峰值 < 2048 MB。结果已写入 bench/results.json`);
rmSync(work, { recursive: true, force: true });
rmSync(project, { recursive: true, force: true });
