/**
 * npm run new-article -- 2025/24 --region 西峡县 --title "…" [--committee …] [--topics 建议办理,联系群众]
 * Adds an article file to an issue with the next order number and a body skeleton.
 */
import { resolve } from 'node:path';
import { parseIssueKey } from '../src/core/numbering.ts';
import { fail, loadArchiveOrExit, parseCommandLine } from '../src/editor/cli.ts';
import { FileExistsError, writeNewFiles } from '../src/editor/content-files.ts';
import { filesIn } from '../src/editor/scaffold/on-disk.ts';
import { planNewArticle } from '../src/editor/scaffold/plan-article.ts';

const USAGE = 'npm run new-article -- 2025/24 --region 西峡县 --title "标题" [--committee 供稿单位] [--topics 主题1,主题2]';
const { values, positionals } = parseCommandLine(
  {
    region: { type: 'string' },
    title: { type: 'string' },
    committee: { type: 'string' },
    topics: { type: 'string' },
    content: { type: 'string', default: 'content' },
  },
  USAGE,
);

const id = positionals.length === 1 ? parseIssueKey(positionals[0]!) : null;
const missing = [
  ...(id ? [] : ['期号（如 2025/24）']),
  ...(values.region ? [] : ['--region 地区']),
  ...(values.title ? [] : ['--title 标题']),
];
if (missing.length > 0) fail([`缺少 ${missing.join('、')}`], USAGE, 2);

const root = resolve('.');
const contentDir = values.content!;
const archive = loadArchiveOrExit(root, contentDir);
const issue = archive.issues.find((i) => i.year === id!.year && i.number === id!.number);
if (!issue) {
  const recent = archive.issues.slice(-3).map((i) => i.key);
  fail([`找不到 ${id!.year} 年第 ${id!.number} 期（${contentDir}/issues/${id!.year}/${id!.number}/index.md）。先运行 npm run new-issue；现有最近几期：${recent.join('、') || '（无）'}`]);
}

const plan = planNewArticle(archive, issue, filesIn(root, `${contentDir}/issues/${issue.year}/${issue.number}`), {
  region: values.region!,
  title: values.title!,
  ...(values.committee !== undefined ? { committee: values.committee } : {}),
  ...(values.topics !== undefined ? { topics: values.topics.split(/[,，、]/).map((t) => t.trim()).filter(Boolean) } : {}),
});
if (!plan.ok) fail(plan.errors, USAGE);

try {
  const [written] = writeNewFiles(root, [plan.value.file]);
  const { region, committee, committeeSuggested, order } = plan.value;
  console.log(`已在 ${issue.key} 新建第 ${order} 篇文章：`);
  console.log(written);
  console.log(`地区：${region.fullName}（${region.code}）`);
  console.log(`供稿单位：${committee}${committeeSuggested ? '（按地区所属市推荐，请核对；可用 --committee 指定）' : ''}`);
  console.log('正文中的【待填写：…】须全部替换，否则 npm run check 会报错。');
} catch (error) {
  if (error instanceof FileExistsError) fail([error.message]);
  throw error;
}
