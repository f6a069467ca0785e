/**
 * The site's window on the core: the archive (loaded once per build) and the
 * rendered Markdown bodies from Astro's content collections.
 */
import { getCollection, render } from 'astro:content';
import type { Archive, Article, Issue } from '../core/model.ts';
import { loadArchive } from '../core/load/index.ts';
import { formatReport } from '../core/diagnostics.ts';

let archive: Archive | undefined;

export function getArchive(): Archive {
  if (archive) return archive;
  const result = loadArchive(process.cwd());
  // The validation integration has already stopped the build on errors; this guards direct use.
  if (!result.archive || result.errorCount > 0) throw new Error(`内容校验未通过：\n${formatReport(result.diagnostics)}`);
  archive = result.archive;
  return archive;
}

export function issuesNewestFirst(): Issue[] {
  return [...getArchive().issues].reverse();
}

export function years(): number[] {
  return [...new Set(issuesNewestFirst().map((i) => i.year))];
}

export function neighbours(issue: Issue): { previous: Issue | undefined; next: Issue | undefined } {
  const all = getArchive().issues;
  const index = all.indexOf(issue);
  return { previous: all[index - 1], next: all[index + 1] };
}

type Rendered = Awaited<ReturnType<typeof render>>['Content'];

/** Rendered Markdown bodies, keyed by source file (`content/issues/2025/24/xinxiang.md`). */
let bodies: Promise<Map<string, Rendered>> | undefined;

async function loadBodies(): Promise<Map<string, Rendered>> {
  const entries = [...(await getCollection('articles')), ...(await getCollection('issues'))];
  const map = new Map<string, Rendered>();
  await Promise.all(
    entries.map(async (entry) => {
      if (!entry.filePath) return;
      const { Content } = await render(entry);
      map.set(entry.filePath.replace(/^\.\//, ''), Content);
    }),
  );
  return map;
}

export async function bodyOf(item: Article | Issue): Promise<Rendered> {
  bodies ??= loadBodies();
  const body = (await bodies).get(item.file);
  if (!body) throw new Error(`没有找到 ${item.file} 的正文`);
  return body;
}
