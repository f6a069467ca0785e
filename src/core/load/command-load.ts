/**
 * How a command line that works on one issue (`npm run print`, the Typst
 * peer of the print benchmark) loads the archive: that issue's articles and
 * every issue's index.md (the numbering), so that the time does not grow
 * with the archive and a mistake in another issue does not stop this one.
 *
 * Given `cachePrefix` (from the launcher, scripts/lib/bundled.cjs, per
 * version of the code), it keeps what it loaded for the next run
 * (archive-cache.ts) and, when something changed, still reuses the parsed
 * YAML of the files that did not (yaml-cache.ts). The loader, zod and the
 * YAML and Markdown parsers are imported only when the archive is loaded
 * afresh.
 */
import type { IssueId } from '../numbering.ts';
import { loadArchiveCached, type CachedLoad } from './archive-cache.ts';
import { openYamlCache } from './yaml-cache.ts';

export function loadForCommand(root: string, articlesOf: IssueId, cachePrefix?: string): Promise<CachedLoad> {
  return loadArchiveCached(root, 'content', articlesOf, cachePrefix && `${cachePrefix}.archive`, async (tree) => {
    const [{ loadArchive }, { z }] = await Promise.all([import('./index.ts'), import('../zod.ts')]);
    // zod compiles a parser for each object schema on its first use: in a run that parses a few dozen files, never repaid (~5 ms).
    z.config({ jitless: true });
    const yamlCache = cachePrefix ? openYamlCache(`${cachePrefix}.yaml`) : undefined;
    const loaded = loadArchive(root, 'content', { articlesOf, yamlCache, ...(tree ? { tree } : {}) });
    yamlCache?.save();
    return loaded;
  });
}
