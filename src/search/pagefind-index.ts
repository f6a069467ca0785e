/**
 * Writing the Pagefind index from search records. Every error Pagefind
 * reports is collected (astro-pagefind only logs them and carries on).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Archive, Article } from '../core/model.ts';
import { LATEST_BUNDLE, orderAnchor, type SearchBundle } from '../core/search/bundles.ts';
import { eachSearchRecord, type SearchRecord } from '../core/search/records.ts';

export interface IndexResult {
  errors: string[];
  pages: number;
}

/**
 * Records in flight to Pagefind's service at once. Pagefind indexes the ones
 * it has concurrently (sent one by one they take twice as long), but each
 * record waiting in the pipe is its text three times over (JSON, UTF-8,
 * base64): sent all at once, 3,000 of them hold ~200 MB in the build process.
 */
const IN_FLIGHT = 64;

export async function writeSearchIndex(records: Iterable<SearchRecord>, outputPath: string): Promise<IndexResult> {
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  errors.push(...createErrors);
  if (!index) return { errors: errors.length ? errors : ['Pagefind 未能创建索引'], pages: 0 };
  try {
    // Errors by record, in the records' order, whichever Pagefind answers first.
    const recordErrors: string[][] = [];
    const next = records[Symbol.iterator]();
    const send = async () => {
      for (let item = next.next(); !item.done; item = next.next()) {
        const record = item.value;
        const k = recordErrors.push([]) - 1;
        const added = await index.addCustomRecord({ ...record, meta: { ...record.meta }, filters: { ...record.filters }, sort: { ...record.sort } });
        recordErrors[k] = added.errors.map((e) => `${record.url}：${e}`);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, send));
    errors.push(...recordErrors.flat());
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
    return { errors, pages: recordErrors.length };
  } finally {
    await index.deleteIndex();
  }
}

/**
 * One of the site's search bundles (bundles.ts) written into `dir`: its
 * articles' records, plus the order anchor in the latest bundle. Each bundle
 * is searched by its own instance of Pagefind's search code (the search page
 * loads them in turn), so of what Pagefind writes each keeps that code, its
 * wasm and the index itself, and drops Pagefind's own interfaces and the
 * web worker the page does not use.
 */
export async function writeSearchBundle(
  archive: Archive,
  bundle: SearchBundle,
  urlOf: (a: Article) => string,
  dir: string,
  base = '/',
): Promise<IndexResult> {
  const anchor = bundle.path === LATEST_BUNDLE ? [orderAnchor(`${base}search/`)] : [];
  const articles = bundle.issues.reduce((n, issue) => n + issue.articles.length, 0);
  const records = function* () {
    yield* eachSearchRecord(archive, urlOf, bundle.issues);
    yield* anchor;
  };
  const result = await writeSearchIndex(records(), dir);
  for (const name of readdirSync(dir)) {
    if (!/^(pagefind\.js|wasm\..+\.pagefind|pagefind-entry\.json|.+\.pf_meta|index|filter|fragment)$/.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }
  return { errors: result.errors, pages: articles };
}

/** Stops the Pagefind service process, so that a build can exit. */
export function closePagefind(): Promise<null> {
  return pagefind.close();
}
