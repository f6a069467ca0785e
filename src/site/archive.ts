/**
 * The site's window on the core: the archive (loaded once per build) and the
 * rendered Markdown bodies from Astro's content collections.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Archive, Article, Issue } from '../core/model.ts';
import { loadArchive } from '../core/load/index.ts';
import { sharedArchive } from '../build/build-archive.ts';
import { formatReport } from '../core/diagnostics.ts';

let archive: Archive | undefined;

export function getArchive(): Archive {
  // In `astro dev` editors change content while the server runs: load afresh each time.
  if (archive && !import.meta.env.DEV) return archive;
  // A build has loaded and validated it already, in this process, before Astro rendered anything.
  archive = import.meta.env.DEV ? undefined : sharedArchive(process.cwd());
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
  const index = all.findIndex((i) => i.key === issue.key);
  return { previous: all[index - 1], next: all[index + 1] };
}

type Entry = CollectionEntry<'articles'> | CollectionEntry<'issues'>;

/** Content-collection entries keyed by source file (`content/issues/2025/24/xinxiang.md`). */
let entries: Promise<Map<string, Entry>> | undefined;

async function loadEntries(): Promise<Map<string, Entry>> {
  const all: Entry[] = [...(await getCollection('articles')), ...(await getCollection('issues'))];
  return new Map(all.filter((e) => e.filePath).map((e) => [e.filePath!.replace(/^\.\//, ''), e]));
}

/** The rendered Markdown body (article text or editor's note) of an archive item. */
export async function bodyOf(item: Article | Issue) {
  if (import.meta.env.DEV) entries = undefined;
  entries ??= loadEntries();
  const entry = (await entries).get(item.file);
  if (!entry) throw new Error(`没有找到 ${item.file} 的正文`);
  return (await render(entry)).Content;
}
