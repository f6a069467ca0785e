/**
 * Writing the Pagefind index from search records. Every error Pagefind
 * reports is collected (astro-pagefind only logs them and carries on).
 */
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../core/search/records.ts';

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

/** Stops the Pagefind service process, so that a build can exit. */
export function closePagefind(): Promise<null> {
  return pagefind.close();
}
