/**
 * Searching a written Pagefind index from Node, with Pagefind's own browser
 * runtime (pagefind.js and its wasm): the build's recall probe and the recall
 * tests run the very code a reader's browser runs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EARLIER_BUNDLE, EARLIER_BUNDLE_WEIGHT, LATEST_BUNDLE } from '../core/search/bundles.ts';
import { toPagefindQuery } from '../core/search/segment.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

interface PagefindRuntime {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] }>;
}

let fileFetchInstalled = false;

/** pagefind.js fetches its index relative to itself; in Node those are file: URLs, which fetch cannot read. */
function installFileFetch(): void {
  if (fileFetchInstalled) return;
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return original(input, init);
    return new Response(await readFile(fileURLToPath(url)));
  }) as typeof fetch;
  fileFetchInstalled = true;
}

export interface NodeSearch {
  /** URLs of every page matching the reader's query, transformed as the search page does. */
  urls(query: string): Promise<string[]>;
  results(query: string, limit?: number): Promise<PagefindResult[]>;
}

/**
 * The index in `pagefindDir` (the site's pagefind/ folder), with the earlier
 * years' bundle merged in as the search page does; `merge: false` searches
 * the one bundle alone.
 */
export async function openSearch(pagefindDir: string, { merge = true } = {}): Promise<NodeSearch> {
  installFileFetch();
  const base = pathToFileURL(pagefindDir.endsWith('/') ? pagefindDir : `${pagefindDir}/`).href;
  const runtime = (await import(`${base}pagefind.js`)) as PagefindRuntime;
  // Result URLs as the site serves them, not joined onto the file: location of the index.
  await runtime.options({ basePath: base, baseUrl: '/' });
  await runtime.init();
  const earlier = EARLIER_BUNDLE.slice(LATEST_BUNDLE.length);
  if (merge && existsSync(join(pagefindDir, earlier, 'pagefind-entry.json'))) {
    await runtime.mergeIndex(`${base}${earlier}`, { indexWeight: EARLIER_BUNDLE_WEIGHT, baseUrl: '/' });
  }
  const run = (query: string) => runtime.search(toPagefindQuery(query), { sort: { date: 'desc' } });
  return {
    async urls(query) {
      const { results } = await run(query);
      return Promise.all(results.map(async (r) => (await r.data()).url));
    },
    async results(query, limit = 10) {
      const { results } = await run(query);
      return Promise.all(results.slice(0, limit).map((r) => r.data()));
    },
  };
}
