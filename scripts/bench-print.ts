/**
 * npm run bench:print [-- --issue 2025/23] [--runs N] [--cold-runs N] [--build]
 *
 * The print engine against two ways of making the same bulletin PDF:
 * Chromium's page.pdf() of the issue's web page, and Typst (typst-ts node
 * compiler) with a GB/T 9704-style template (bench/typst/bulletin.typ).
 * For each: warm time in one process (median of N, after untimed runs;
 * jianbao and Typst timed in turn), cold time of a whole fresh process
 * (median of a few, the three CLIs in turn), file size, page count. Typst's
 * cold time is taken twice: from the Markdown (our archive loader, then
 * Typst) and alone on a Typst source already written, the strict peer.
 * Prints a table and writes bench/print.json.
 *
 * The issue is, unless named, the sample issue whose print edition is
 * closest to 6 pages (the newest of a tie). dist/ is built first when the
 * issue's web page is missing from it, or with --build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as mupdf from 'mupdf';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { formatReport } from '../src/core/diagnostics.ts';
import { loadArchive } from '../src/core/load/index.ts';
import { parseIssueKey } from '../src/core/numbering.ts';
import type { Issue } from '../src/core/model.ts';
import { loadFonts, printIssue } from '../src/print/render.ts';
import { TYPST_DIR, issueToTypst, typstFontPaths } from '../bench/typst/source.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { makeProjectCopy } from '../tests/helpers/project-copy.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const TARGET_PAGES = 6;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const count = (name: string, fallback: number): number => {
  const value = option(name);
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`${name} 须为正整数`);
  return n;
};
const WARM_RUNS = count('--runs', 30);
const WARMUP_RUNS = 10;
const WARM_BLOCK = 5;
const COLD_RUNS = count('--cold-runs', 21);
const CHROMIUM_WARM_RUNS = Math.max(1, Math.round(WARM_RUNS / 4));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const root = resolve('.');
// The PDFs of the last run stay here for a look; each run replaces them.
const scratch = join(tmpdir(), 'jianbao-bench-print');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const started = performance.now();
// The timings mean little on a busy machine (2 cores here): say so.
const loadAtStart = loadavg()[0]!;
if (loadAtStart > 0.5) console.warn(`注意：开始时负载 ${loadAtStart.toFixed(2)}（1 分钟平均），机器不空闲，计时会偏高`);

// ---------------------------------------------------------------- helpers

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round = (ms: number, digits = 1) => Number(ms.toFixed(digits));

async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function repeat(n: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await time(fn));
  return out;
}

/** Wall time of a whole `node …` process in `cwd`, which must succeed. */
function spawnTimed(argv: string[], cwd = root): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) fail(`node ${argv.join(' ')} 失败（${r.status}）：\n${r.stdout}\n${r.stderr}`);
  return ms;
}

function countPages(bytes: Uint8Array): number {
  return mupdf.Document.openDocument(bytes, 'application/pdf').countPages();
}

function log(message: string): void {
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

// ---------------------------------------------------------------- the issue

const loaded = loadArchive(root);
if (!loaded.archive || loaded.errorCount > 0) fail(formatReport(loaded.diagnostics));
const archive = loaded.archive;

let t = performance.now();
const fonts = loadFonts(root, archive);
const fontLoadMs = performance.now() - t;

// Every sample issue's page count, with the engine (also its first, untimed runs).
const pagesByIssue: Record<string, number> = {};
for (const i of archive.issues) {
  const r = await printIssue(root, archive, i, fonts);
  if (!r.bytes) fail(`${i.key}：\n${formatReport(r.diagnostics)}`);
  pagesByIssue[i.key] = r.pages;
}

const named = option('--issue');
let issue: Issue | undefined;
if (named) {
  const id = parseIssueKey(named);
  issue = id ? archive.issues.find((i) => i.year === id.year && i.number === id.number) : undefined;
  if (!issue) fail(`档案中没有 ${named}。现有：${archive.issues.map((i) => i.key).join('、')}`);
} else {
  // Closest to 6 pages; the newest wins a tie.
  issue = [...archive.issues].reverse().reduce((best, i) =>
    Math.abs(pagesByIssue[i.key]! - TARGET_PAGES) < Math.abs(pagesByIssue[best.key]! - TARGET_PAGES) ? i : best,
  );
}
const key = issue.key;
log(`页数：${Object.entries(pagesByIssue).map(([k, p]) => `${k} ${p}`).join('，')}；测试 ${key}（${pagesByIssue[key]} 页）`);

// ---------------------------------------------------------------- 1. jianbao

const ours = { pdf: join(scratch, 'jianbao.pdf'), bytes: 0, pages: 0 };
{
  const first = await printIssue(root, archive, issue, fonts);
  ours.bytes = first.bytes!.length;
  ours.pages = countPages(first.bytes!);
  if (ours.pages !== first.pages) log(`注意：printIssue 报 ${first.pages} 页，PDF 实有 ${ours.pages} 页`);
  writeFileSync(ours.pdf, first.bytes!);
}
const cliOut = join(scratch, 'jianbao-cli.pdf');
const oursCli = ['scripts/print.cjs', key, '--out', cliOut];
// The first run after a change to the code bundles it (scripts/lib/bundled.cjs) and leaves V8's code cache and the YAML cache for the runs after.
const oursFirstRun = spawnTimed(oursCli);
log(`jianbao 首次运行（如需要则打包，并留下代码缓存和 YAML 缓存）：${oursFirstRun.toFixed(0)} ms`);

// ---------------------------------------------------------------- 2. Typst

const typst = { pdf: join(scratch, 'typst.pdf'), source: join(scratch, 'typst-main.typ'), bytes: 0, pages: 0 };
const typstSourceRuns = await repeat(WARM_RUNS, () => issueToTypst(archive, issue));
const typstSource = issueToTypst(archive, issue);
writeFileSync(typst.source, typstSource);
t = performance.now();
const compiler = NodeCompiler.create({ workspace: TYPST_DIR, fontArgs: [{ fontPaths: typstFontPaths(root) }] });
const typstCreateMs = performance.now() - t;

function typstPdf(): Buffer {
  const result = compiler.compile({ mainFileContent: typstSource });
  const doc = result.result;
  if (result.hasError() || !doc) {
    result.printErrors();
    fail('Typst 编译失败');
  }
  return compiler.pdf(doc);
}
{
  const first = typstPdf(); // untimed: also loads the fonts the document uses
  typst.bytes = first.length;
  typst.pages = countPages(first);
  writeFileSync(typst.pdf, first);
}
// Warm as the engine's warm: fonts loaded, but no memoised layout from the run before.
const typstUncached = () => {
  compiler.evictCache(0);
  return typstPdf();
};
const oursOnce = () => printIssue(root, archive, issue, fonts);
// A warm process has run its code many times (the build's drawing threads print issue after issue):
// both engines get untimed runs first, then are timed in alternating blocks of runs, so that the machine's
// slow moments fall on both while each engine still runs several issues in a row, as it would alone.
await repeat(WARMUP_RUNS, oursOnce);
await repeat(WARMUP_RUNS, typstUncached);
const oursWarm: number[] = [];
const typstWarm: number[] = [];
for (let done = 0; done < WARM_RUNS; done += WARM_BLOCK) {
  const n = Math.min(WARM_BLOCK, WARM_RUNS - done);
  await typstUncached(); // the first run after the other engine's is not timed: its caches are the other's
  typstWarm.push(...(await repeat(n, typstUncached)));
  await oursOnce();
  oursWarm.push(...(await repeat(n, oursOnce)));
}
log(`jianbao 热：中位 ${median(oursWarm).toFixed(1)} ms（${WARM_RUNS} 次，先空跑 ${WARMUP_RUNS} 次）`);
// Typst's incremental case: the same source again, its memo cache hot.
typstPdf();
const typstCached = await repeat(WARM_RUNS, typstPdf);
log(`Typst 热：中位 ${median(typstWarm).toFixed(1)} ms（清缓存），${median(typstCached).toFixed(1)} ms（缓存命中）`);

// Cold runs, taken in turn so that a slow moment of the machine falls on all three alike:
// jianbao from the Markdown; Typst from the Markdown too (the same archive loader, launched and
// bundled the same way as scripts/print.cjs, then Typst); Typst alone on the Typst source already
// written (the strict peer).
const typstCli = ['bench/typst/compile.cjs', key, '--out', join(scratch, 'typst-cli.pdf')];
spawnTimed(typstCli); // untimed: bundles compile.ts on the first run after a change
const typstFileCli = ['bench/typst/compile-file.cjs', typst.source, join(scratch, 'typst-file.pdf'), TYPST_DIR, ...typstFontPaths(root)];
spawnTimed(typstFileCli); // untimed: the first load of the compiler's native module
const oursCold: number[] = [];
const typstCold: number[] = [];
const typstFileCold: number[] = [];
// The same after an edit: in a copy of the project, one of the issue's articles is saved with a change before
// each run (0, 1 or 2 blank lines at its end, never what the same command saw last), so that the archive is loaded
// and validated again and that article's Markdown parsed again; the other files' YAML and blocks still come from their caches.
const oursReload: number[] = [];
const typstReload: number[] = [];
// The project's own copy (as the build tests make one), with the Typst harness the bench runs.
const edited = makeProjectCopy(join(root, 'content'));
cpSync(join(root, 'bench', 'typst'), join(edited, 'bench', 'typst'), { recursive: true });
const article = issue.articles[0]!.file;
const original = readFileSync(join(root, article), 'utf8');
let edits = 0;
const edit = () => writeFileSync(join(edited, article), original + '\n'.repeat(++edits % 3));
// Untimed: the copy's own bundles and caches. Twice: its sources were saved just now, so the first bundles
// are not trusted (scripts/lib/bundled.cjs keeps no manifest then) and the second run makes them again.
for (let i = 0; i < 2; i++) {
  spawnTimed(oursCli, edited);
  spawnTimed(typstCli, edited);
}
for (let i = 0; i < COLD_RUNS; i++) {
  oursCold.push(spawnTimed(oursCli));
  typstCold.push(spawnTimed(typstCli));
  typstFileCold.push(spawnTimed(typstFileCli));
  edit();
  oursReload.push(spawnTimed(oursCli, edited));
  edit();
  typstReload.push(spawnTimed(typstCli, edited));
}
rmSync(edited, { recursive: true, force: true });
log(`jianbao 冷：中位 ${median(oursCold).toFixed(0)} ms（${COLD_RUNS} 次 node scripts/print.cjs），内容改过后 ${median(oursReload).toFixed(0)} ms`);
log(
  `Typst 冷：中位 ${median(typstCold).toFixed(0)} ms（node bench/typst/compile.cjs，含读档案），内容改过后 ${median(typstReload).toFixed(0)} ms；` +
    `仅 Typst ${median(typstFileCold).toFixed(0)} ms（node bench/typst/compile-file.cjs，源文件已备好）`,
);

// ---------------------------------------------------------------- 3. Chromium

const page = `issues/${issue.year}/${issue.number}/index.html`;
if (args.includes('--build') || !existsSync(join(root, 'dist', page))) {
  log('构建网站（node scripts/build.ts）……');
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(join(root, 'dist', page))) fail('网站构建失败');
}
const chromium = { pdf: join(scratch, 'chromium.pdf'), bytes: 0, pages: 0 };
const server = await serveStatic(join(root, 'dist'));
const url = `${server.url}/issues/${issue.year}/${issue.number}/`;
const pdfOptions = { format: 'A4', printBackground: true } as const;
const chromiumCold: number[] = [];
const chromiumWarm: number[] = [];
try {
  for (let i = 0; i < COLD_RUNS; i++) {
    let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
    chromiumCold.push(
      await time(async () => {
        browser = await launchBrowser();
        const tab = await browser.newPage();
        await tab.goto(url);
        await tab.pdf(pdfOptions);
      }),
    );
    await browser?.close();
  }
  log(`Chromium 冷：中位 ${median(chromiumCold).toFixed(0)} ms（${COLD_RUNS} 次 启动＋新页＋goto＋pdf）`);
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    await tab.goto(url);
    const first = await tab.pdf(pdfOptions);
    chromium.bytes = first.length;
    chromium.pages = countPages(first);
    writeFileSync(chromium.pdf, first);
    chromiumWarm.push(
      ...(await repeat(CHROMIUM_WARM_RUNS, async () => {
        await tab.goto(url);
        await tab.pdf(pdfOptions);
      })),
    );
  } finally {
    await browser.close();
  }
  log(`Chromium 热：中位 ${median(chromiumWarm).toFixed(0)} ms（${CHROMIUM_WARM_RUNS} 次 goto＋pdf，同一标签页）`);
} finally {
  await server.close();
}

// ---------------------------------------------------------------- report

const summary = (warm: number[], cold: number[], size: { bytes: number; pages: number }) => ({
  warmMs: round(median(warm)),
  coldMs: round(median(cold), 0),
  bytes: size.bytes,
  pages: size.pages,
  warmMinMs: round(Math.min(...warm)),
  coldMinMs: round(Math.min(...cold), 0),
  warmRunsMs: warm.map((x) => round(x)),
  coldRunsMs: cold.map((x) => round(x, 0)),
});
const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    // 1-minute load average at the start: above ~0.5 other work inflates the figures.
    loadavgAtStart: round(loadAtStart, 2),
  },
  issue: key,
  pages: pagesByIssue,
  jianbao: {
    ...summary(oursWarm, oursCold, ours),
    coldFirstRunMs: round(oursFirstRun, 0),
    coldAfterEditMs: round(median(oursReload), 0),
    coldAfterEditRunsMs: oursReload.map((x) => round(x, 0)),
    coldAfterEdit: 'the same, each run after one of the issue’s articles was saved with a change (archive loaded and validated again, that article’s Markdown parsed again)',
    fontLoadMs: round(fontLoadMs),
    cold: `node scripts/print.cjs ${key} --out <tmp>`,
  },
  chromium: {
    ...summary(chromiumWarm, chromiumCold, chromium),
    warm: 'page.goto + page.pdf on one tab',
    cold: 'chromium.launch + newPage + goto + pdf',
    pdf: pdfOptions,
  },
  typst: {
    ...summary(typstWarm, typstCold, typst),
    cachedWarmMs: round(median(typstCached)),
    sourceMs: round(median(typstSourceRuns), 2),
    compilerCreateMs: round(typstCreateMs),
    version: 'typst 0.14 via @myriaddreamin/typst-ts-node-compiler',
    warm: 'compile + pdf on one NodeCompiler, evictCache(0) before each',
    cold: `node bench/typst/compile.cjs ${key} --out <tmp> (the archive loaded as scripts/print.cjs loads it, then Typst)`,
    coldAfterEditMs: round(median(typstReload), 0),
    coldSourceReadyMs: round(median(typstFileCold), 0),
    coldSourceReadyMinMs: round(Math.min(...typstFileCold), 0),
    coldSourceReadyRunsMs: typstFileCold.map((x) => round(x, 0)),
    coldSourceReady: 'node bench/typst/compile-file.cjs <issue.typ> … (Typst alone, source already written)',
  },
  ratios: {} as Record<string, number>,
};
const ratio = (a: number, b: number) => Number((a / b).toFixed(3));
result.ratios = {
  warmVsTypst: ratio(result.jianbao.warmMs, result.typst.warmMs),
  warmVsChromium: ratio(result.jianbao.warmMs, result.chromium.warmMs),
  coldVsTypst: ratio(result.jianbao.coldMs, result.typst.coldMs),
  coldVsTypstSourceReady: ratio(result.jianbao.coldMs, result.typst.coldSourceReadyMs),
  coldAfterEditVsTypst: ratio(result.jianbao.coldAfterEditMs, result.typst.coldAfterEditMs),
  coldAfterEditVsTypstSourceReady: ratio(result.jianbao.coldAfterEditMs, result.typst.coldSourceReadyMs),
  coldVsChromium: ratio(result.jianbao.coldMs, result.chromium.coldMs),
  bytesVsTypst: ratio(result.jianbao.bytes, result.typst.bytes),
  bytesVsChromium: ratio(result.jianbao.bytes, result.chromium.bytes),
};

const rows: [string, string, string, string, string][] = [
  ['', '热 中位 ms', '冷 中位 ms', '字节', '页'],
  ...(
    [
      ['jianbao', result.jianbao],
      ['Typst（含读档案）', result.typst],
      ['Chromium', result.chromium],
    ] as const
  ).map(([name, r]) => [name, r.warmMs.toFixed(1), r.coldMs.toFixed(0), String(r.bytes), String(r.pages)] as [string, string, string, string, string]),
  ['jianbao（内容改过后）', '', result.jianbao.coldAfterEditMs.toFixed(0), '', ''],
  ['Typst（含读档案，内容改过后）', '', result.typst.coldAfterEditMs.toFixed(0), '', ''],
  ['Typst（仅编译源文件）', '', result.typst.coldSourceReadyMs.toFixed(0), '', ''],
  [
    '比值（我们/Typst）',
    result.ratios.warmVsTypst!.toFixed(3),
    result.ratios.coldVsTypst!.toFixed(3),
    result.ratios.bytesVsTypst!.toFixed(3),
    '',
  ],
  ['比值（内容改过后）', '', result.ratios.coldAfterEditVsTypst!.toFixed(3), '', ''],
  ['比值（我们/仅 Typst）', '', result.ratios.coldVsTypstSourceReady!.toFixed(3), '', ''],
  ['比值（改过后/仅 Typst）', '', result.ratios.coldAfterEditVsTypstSourceReady!.toFixed(3), '', ''],
  [
    '比值（我们/Chromium）',
    result.ratios.warmVsChromium!.toFixed(3),
    result.ratios.coldVsChromium!.toFixed(3),
    result.ratios.bytesVsChromium!.toFixed(3),
    '',
  ],
];
// East Asian characters take two columns in a terminal.
const cols = (s: string) => [...s].reduce((n, c) => n + (/[\u2e80-\uffff]/.test(c) ? 2 : 1), 0);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => cols(r[c]!))));
console.log('');
console.log(`印刷基准：${archive.publication.title} ${key}，${result.machine.cpus} 核 ${result.machine.model}，Node ${result.machine.node}`);
for (const r of rows) {
  console.log(r.map((cell, c) => (c === 0 ? cell + ' '.repeat(widths[c]! - cols(cell)) : ' '.repeat(widths[c]! - cols(cell)) + cell)).join('  '));
}
console.log(
  `（jianbao 热 最快 ${result.jianbao.warmMinMs} ms，载入字体 ${result.jianbao.fontLoadMs} ms，首次运行 ${result.jianbao.coldFirstRunMs} ms；` +
    `Typst 缓存命中 ${result.typst.cachedWarmMs} ms，建编译器 ${result.typst.compilerCreateMs} ms；比值 < 1 即我们更快/更小）`,
);

const out = join(root, 'bench/print.json');
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`写入 ${out}；PDF 在 ${scratch}（jianbao.pdf、typst.pdf、chromium.pdf）`);
log('完成');

// Keep the PDFs for a look; remove only what nobody reads.
rmSync(cliOut, { force: true });
rmSync(join(scratch, 'typst-cli.pdf'), { force: true });
