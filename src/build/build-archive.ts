/**
 * The archive for this build, loaded and validated once per process: the
 * validation step, the PDFs, the cards and the search index all read the same
 * content, and at 3,000 articles a load costs 1.5 s. The pages (Astro's own
 * module graph) pick it up from the same process through `sharedArchive`.
 */
import { resolve } from 'node:path';
import { loadArchive, type LoadResult } from '../core/load/index.ts';
import type { Archive } from '../core/model.ts';

const loaded = new Map<string, LoadResult>();
const SHARED = Symbol.for('jianbao.build-archive');

export function buildArchive(root: string): LoadResult {
  root = resolve(root);
  let result = loaded.get(root);
  if (!result) {
    result = loadArchive(root);
    loaded.set(root, result);
    if (result.archive && result.errorCount === 0) (globalThis as Record<symbol, unknown>)[SHARED] = { root, archive: result.archive };
  }
  return result;
}

/** The archive a build step in this process has already loaded from `root`, if any. */
export function sharedArchive(root: string): Archive | undefined {
  root = resolve(root);
  const shared = (globalThis as Record<symbol, { root: string; archive: Archive } | undefined>)[SHARED];
  return shared?.root === root ? shared.archive : undefined;
}
