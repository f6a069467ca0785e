/**
 * Searching the archive's bundles from the browser, newest first, bundle by
 * bundle. Each bundle (bundles.ts) is its own Pagefind instance, loaded from
 * its own folder; the latest year's is searched first and its results are
 * reported at once, before any file of the earlier years' bundle is
 * fetched. Every article of the latest bundle is newer than every article
 * of the earlier one, so the earlier results only ever extend the list at
 * its end: what the reader already sees never moves.
 */
import { toPagefindQuery } from '../core/search/segment.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

/** Filter name → value → number of articles. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Filter name → the values the reader ticked (any of them). */
export type Selection = Record<string, string[]>;

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

export interface SearchUpdate {
  results: PagefindResult[];
  /** Per filter value, how many of this query's articles have it (once the filters are loaded). */
  counts: FilterCounts;
  /** False while a bundle is still to be searched. */
  complete: boolean;
}

export class ArchiveSearch {
  private readonly paths: readonly string[];
  private readonly bundles: Map<string, Promise<Pagefind>> = new Map();
  private filtersLoaded = false;

  /** `paths`: each bundle's folder URL, ending in `/`, the latest first. */
  constructor(paths: readonly string[]) {
    this.paths = paths;
  }

  /**
   * Searches every bundle in turn and reports after each: the results so far
   * (newest first) and whether that was the last bundle. The next bundle
   * waits for what `report` returns (the page drawing its results), so that
   * its files never compete with the first results. Returns false if
   * `isCurrent()` turned false on the way (a newer search took over).
   */
  async search(query: string, selection: Selection, report: (update: SearchUpdate) => Promise<void>, isCurrent: () => boolean): Promise<boolean> {
    const term = toPagefindQuery(query);
    const filters = Object.fromEntries(Object.entries(selection).filter(([, values]) => values.length).map(([name, values]) => [name, { any: values }]));
    const responses: PagefindResponse[] = [];
    for (const path of this.paths) {
      const pagefind = await this.bundle(path);
      const response = await pagefind.search(term, { filters, sort: { date: 'desc' } });
      if (!isCurrent()) return false;
      responses.push(response ?? { results: [], filters: {} });
      await report({ results: responses.flatMap((r) => r.results), counts: sumCounts(responses.map((r) => r.filters)), complete: responses.length === this.paths.length });
      if (!isCurrent()) return false;
    }
    return true;
  }

  /**
   * Every filter value in the archive, with its number of articles. Loads
   * each bundle's filter index: called once the first results are shown,
   * so that it never delays them. Searches report counts from then on.
   */
  async allFilters(): Promise<FilterCounts> {
    const all = await Promise.all(this.paths.map(async (path) => (await this.bundle(path)).filters()));
    this.filtersLoaded = true;
    return sumCounts(all);
  }

  /** Loads the latest year's bundle ahead of the first query (when the reader starts to type). */
  preload(): void {
    if (this.paths[0]) void this.bundle(this.paths[0]).catch(() => undefined); // a failure shows when a search runs
  }

  get hasFilters(): boolean {
    return this.filtersLoaded;
  }

  private bundle(path: string): Promise<Pagefind> {
    let loading = this.bundles.get(path);
    if (!loading) {
      loading = (async () => {
        const pagefind = (await import(/* @vite-ignore */ `${path}pagefind.js`)) as Pagefind;
        // On the page's own thread: a worker would be one more 43 KB download before the first result,
        // and a bulletin archive's queries are small. Record URLs already carry the site's base path.
        await pagefind.options({ baseUrl: '/', excerptLength: 36, noWorker: true });
        await pagefind.init();
        return pagefind;
      })();
      // A bundle that failed to load is tried again by the next search, not held as failed.
      loading.catch(() => this.bundles.delete(path));
      this.bundles.set(path, loading);
    }
    return loading;
  }
}

function sumCounts(all: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts ?? {})) {
      const target = (sum[name] ??= {});
      for (const [value, n] of Object.entries(values)) target[value] = (target[value] ?? 0) + n;
    }
  }
  return sum;
}
