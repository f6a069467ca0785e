/**
 * The archive loaded afresh for a command line that works on one issue,
 * when what it kept from its last run no longer holds (command-load.ts):
 * the loader, zod and the YAML and Markdown parsers live behind this
 * module, which the launcher runs from a bundle of its own, so that a run
 * that needs none of them does not pay to read and set them up.
 */
import type { IssueId } from '../numbering.ts';
import { loadArchive } from './index.ts';
import type { ContentTree } from './read-tree.ts';
import { openYamlCache } from './yaml-cache.ts';
import { z } from '../zod.ts';

export function loadFresh(root: string, articlesOf: IssueId, cachePrefix: string | undefined, tree: ContentTree | undefined) {
  // zod compiles a parser for each object schema on its first use: in a run that parses a few dozen files, never repaid (~5 ms).
  z.config({ jitless: true });
  const yamlCache = cachePrefix ? openYamlCache(`${cachePrefix}.yaml`) : undefined;
  const loaded = loadArchive(root, 'content', { articlesOf, yamlCache, ...(tree ? { tree } : {}) });
  yamlCache?.save();
  return loaded;
}
