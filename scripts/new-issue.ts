/**
 * npm run new-issue [-- --date 2025-07-01] [--series <id>] [--distribution <id>] [--copies <n>|false]
 * Creates the next issue folder with its index.md; never overwrites.
 */
import { resolve } from 'node:path';
import { fail, loadArchiveOrExit, parseCommandLine } from '../src/editor/cli.ts';
import { FileExistsError, writeNewFiles } from '../src/editor/content-files.ts';
import { readOnDisk } from '../src/editor/scaffold/on-disk.ts';
import { planNewIssue } from '../src/editor/scaffold/plan-issue.ts';
import { todayInChina } from '../src/editor/scaffold/today.ts';

const USAGE = 'npm run new-issue -- [--date 2025-07-01] [--series 专辑id] [--distribution 名单id] [--copies 份数|false]';
const { values, positionals } = parseCommandLine(
  {
    date: { type: 'string' },
    series: { type: 'string' },
    distribution: { type: 'string' },
    copies: { type: 'string' },
    content: { type: 'string', default: 'content' },
  },
  USAGE,
);
if (positionals.length > 0) fail([`多余的参数：${positionals.join(' ')}`], USAGE, 2);

const copies = parseCopies(values.copies);
const root = resolve('.');
const contentDir = values.content!;
const archive = loadArchiveOrExit(root, contentDir);
const plan = planNewIssue(archive, readOnDisk(root, contentDir), contentDir, {
  date: values.date ?? todayInChina(),
  ...(values.series !== undefined ? { seriesId: values.series } : {}),
  ...(values.distribution !== undefined ? { distribution: values.distribution } : {}),
  ...(copies !== undefined ? { copies } : {}),
});
if (!plan.ok) fail(plan.errors, USAGE);

try {
  const [written] = writeNewFiles(root, [plan.value.file]);
  console.log(`已新建 ${plan.value.id.year} 年第 ${plan.value.id.number} 期${plan.value.seriesLine ? `，${plan.value.seriesLine}` : ''}：`);
  console.log(written);
  console.log(`\n下一步：npm run new-article -- ${plan.value.id.year}/${plan.value.id.number} --region 地区 --title "标题"`);
} catch (error) {
  if (error instanceof FileExistsError) fail([`${error.message}。这一期已经存在，不会覆盖。`]);
  throw error;
}

function parseCopies(text: string | undefined): number | false | undefined {
  if (text === undefined) return undefined;
  if (text === 'false' || text === '不印') return false;
  if (/^[1-9]\d*$/.test(text)) return Number(text);
  fail([`份数“${text}”无效：写正整数，或 false 表示不印“共印 N 份”`], USAGE, 2);
}
