/**
 * How a command line that works on one issue (`npm run print`, the Typst
 * peer of the print benchmark) loads the archive: that issue's articles and
 * every issue's index.md (the numbering), so that the time does not grow
 * with the archive and a mistake in another issue does not stop this one.
 *
 * Given a cache prefix (from the launcher, scripts/lib/bundled.cjs, per
 * version of the code), it keeps what it loaded for the next run
 * (archive-cache.ts) and, when something changed, still reuses the parsed
 * YAML of the files that did not (yaml-cache.ts). Loading afresh
 * (fresh-load.ts: the loader, zod, the YAML and Markdown parsers) is
 * imported only then, from a bundle of its own when the launcher offers one.
 */
import { fileURLToPath } from 'node:url';
import type { IssueId } from '../numbering.ts';
import { loadArchiveCached, type CachedLoad } from './archive-cache.ts';

/** What the launcher gives a command (its `Launch`, scripts/lib/bundled.cjs). */
export interface CommandLaunch {
  cachePrefix?: string;
  importBundled?: (file: string) => Promise<Record<string, unknown>>;
}

// A path, not an import esbuild would follow: the command's bundle must not hold the loader.
const FRESH_LOAD = new URL('./fresh-load.ts', import.meta.url);

export function loadForCommand(root: string, articlesOf: IssueId, { cachePrefix, importBundled }: CommandLaunch = {}): Promise<CachedLoad> {
  return loadArchiveCached(root, 'content', articlesOf, cachePrefix && `${cachePrefix}.archive`, async (tree) => {
    const fresh = (await (importBundled ? importBundled(fileURLToPath(FRESH_LOAD)) : import(/* @vite-ignore */ FRESH_LOAD.href))) as typeof import('./fresh-load.ts');
    return fresh.loadFresh(root, articlesOf, cachePrefix, tree);
  });
}
