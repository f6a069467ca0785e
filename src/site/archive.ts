/**
 * The site's window on the core: the archive, loaded once per build.
 */
import type { Archive, Issue } from '../core/model.ts';
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
