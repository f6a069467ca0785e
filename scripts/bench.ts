/**
 * npm run bench [-- --years 2 --per-year 38] — what a build costs: a cold
 * full build (empty cache) of a generated archive, then the everyday path:
 * an editor adds one issue (npm run new-issue / new-article) and rebuilds,
 * once with the cache of PDFs and cards and once without it (the peer).
 * Prints a table and writes bench/build.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeProjectCopy, runScript } from '../tests/helpers/project-copy.ts';
import { writeSyntheticArchive } from './lib/synthetic.ts';

const { values } = parseArgs({ options: { years: { type: 'string', default: '2' }, 'per-year': { type: 'string', default: '38' }, seed: { type: 'string', default: '2025' } } });
const years = Number(values.years);
const perYear = Number(values['per-year']);
const root = resolve('.');

const work = mkdtempSync(join(tmpdir(), 'jianbao-bench-'));
const articles = writeSyntheticArchive(work, join(root, 'content'), { seed: Number(values.seed), issuesPerYear: perYear, firstYear: 2024, years, articles: [2, 4] });
const project = makeProjectCopy(join(work, 'content'));
const cacheDir = join(work, 'cache');
console.log(`生成的档案：${years * perYear} 期、${articles} 篇文章（种子 ${values.seed}）`);

interface BuildRun {
  seconds: number;
  stages: { pdf: number; cards: number; search: number };
  drawn: Record<string, string>;
}

function run(script: string, args: string[], env: Record<string, string> = {}): string {
  const r = runScript(project, script, args, env);
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} 失败：\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function build(env: Record<string, string>): BuildRun {
  const started = performance.now();
  const out = run('scripts/build.ts', [], env);
  const seconds = (performance.now() - started) / 1000;
  const stage = (label: string) => Number(out.match(new RegExp(`${label}：[^\\n]*?([\\d.]+) 秒`))?.[1] ?? NaN);
  const drawn = (label: string) => out.match(new RegExp(`${label}：[^\\n]*?（(新绘 \\d+，缓存 \\d+)`))?.[1] ?? '';
  return {
    seconds,
    stages: { pdf: stage('印刷版 PDF'), cards: stage('分享卡片'), search: stage('搜索索引') },
    drawn: { pdf: drawn('印刷版 PDF'), cards: drawn('分享卡片') },
  };
}

const cold = build({ JIANBAO_CACHE_DIR: cacheDir });

// The everyday path: one more issue with two articles, as an editor makes it.
const lastYear = 2024 + years - 1;
run('scripts/new-issue.ts', ['--date', `${lastYear}-12-31`]);
const key = `${lastYear}/${perYear + 1}`;
for (const region of ['西峡县', '开封市龙亭区']) {
  const printed = run('scripts/new-article.ts', [key, '--region', region, '--title', '新增一期的测试文章']);
  const file = join(project, printed.split('\n').find((l) => l.endsWith('.md'))!);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.slice(0, text.indexOf('\n---\n') + 5) + `\n${region}人大常委会健全代表联络站工作机制，推动代表履职常态化。\n`);
}
const warm = build({ JIANBAO_CACHE_DIR: cacheDir });
const uncached = build({ JIANBAO_CACHE: 'off' });

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  archive: { issues: years * perYear, articles, seed: Number(values.seed) },
  coldBuildSeconds: round(cold.seconds),
  oneIssueRebuildSeconds: round(warm.seconds),
  oneIssueRebuildWithoutCacheSeconds: round(uncached.seconds),
  stages: { cold: cold.stages, oneIssueRebuild: warm.stages, oneIssueRebuildWithoutCache: uncached.stages },
  drawn: { cold: cold.drawn, oneIssueRebuild: warm.drawn },
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'build.json'), `${JSON.stringify(results, null, 2)}\n`);

const row = (name: string, b: BuildRun) =>
  `${b.seconds.toFixed(1).padStart(6)} s  ${name}\n          PDF ${b.stages.pdf.toFixed(1)} s（${b.drawn.pdf || '—'}）  卡片 ${b.stages.cards.toFixed(1)} s（${b.drawn.cards || '—'}）  搜索 ${b.stages.search.toFixed(1)} s`;
console.log(`\n${row('冷构建（缓存为空）', cold)}\n${row('新增一期后重建', warm)}\n${row('新增一期后重建·无缓存', uncached)}`);
console.log(`\n缓存让新增一期后的重建用时为无缓存时的 ${(warm.seconds / uncached.seconds).toFixed(2)} 倍。结果已写入 bench/build.json`);
rmSync(work, { recursive: true, force: true });
rmSync(project, { recursive: true, force: true });

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
