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
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, meta: { ...record.meta }, filters: { ...record.filters }, sort: { ...record.sort } });
      errors.push(...added.errors.map((e) => `${record.url}：${e}`));
    }
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
