/**
 * Writing the Pagefind index from search records. Every error Pagefind
 * reports is collected (astro-pagefind only logs them and carries on).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Archive, Article } from '../core/model.ts';
import { LATEST_BUNDLE, orderAnchor, type SearchBundle } from '../core/search/bundles.ts';
import { searchRecords, type SearchRecord } from '../core/search/records.ts';

export interface IndexResult {
  errors: string[];
  pages: number;
}

export async function writeSearchIndex(records: readonly SearchRecord[], outputPath: string): Promise<IndexResult> {
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  errors.push(...createErrors);
  if (!index) return { errors: errors.length ? errors : ['Pagefind 未能创建索引'], pages: 0 };
  try {
    // Sent all at once: Pagefind's service indexes them concurrently (half the time of one by one) and
    // still writes the same files (checked by the determinism test).
    const added = await Promise.all(
      records.map((record) => index.addCustomRecord({ ...record, meta: { ...record.meta }, filters: { ...record.filters }, sort: { ...record.sort } })),
    );
    added.forEach((result, k) => errors.push(...result.errors.map((e) => `${records[k]!.url}：${e}`)));
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
    return { errors, pages: records.length };
  } finally {
    await index.deleteIndex();
  }
}

/**
 * One of the site's search bundles (bundles.ts) written into `dir`: its
 * articles' records, plus the order anchor in the latest bundle. A merged
 * bundle is read with the primary bundle's code and wasm, so of what Pagefind
 * writes only the index itself is kept there — after `check`, which searches
 * the bundle as written, with its own code.
 */
export async function writeSearchBundle(
  archive: Archive,
  bundle: SearchBundle,
  urlOf: (a: Article) => string,
  dir: string,
  base = '/',
  check: (dir: string) => Promise<string[]> = async () => [],
): Promise<IndexResult> {
  const records = searchRecords(archive, urlOf, bundle.issues);
  const anchor = bundle.path === LATEST_BUNDLE ? [orderAnchor(`${base}search/`)] : [];
  const result = await writeSearchIndex([...records, ...anchor], dir);
  const errors = [...result.errors, ...(result.errors.length ? [] : await check(dir))];
  if (bundle.path !== LATEST_BUNDLE) {
    for (const name of readdirSync(dir)) {
      if (!/^(pagefind-entry\.json|.*\.pf_meta|index|filter|fragment)$/.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
  return { errors, pages: records.length };
}

/** Stops the Pagefind service process, so that a build can exit. */
export function closePagefind(): Promise<null> {
  return pagefind.close();
}
