/**
 * The search index comes in two Pagefind bundles: the latest year's
 * articles, and every earlier year's. Publishing an issue changes only the
 * latest year, so the build re-indexes a few dozen articles instead of the
 * whole archive; the earlier bundle changes once a year (or when an old
 * article is edited) and is otherwise reused from the cache. The search page
 * searches the latest first and shows its results before it loads the other
 * (src/search/archive-search.ts). Two bundles rather than one per year: each
 * bundle is a few more requests before the complete results, and a reader's
 * query should not pay for 25 of them.
 */
import type { Archive, Issue } from '../model.ts';
import type { SearchRecord } from './records.ts';
import { ANCHOR_WORD } from './segment.ts';

export interface SearchBundle {
  /** Folder under the site root, ending in `/`: the search page searches `pagefind/` first. */
  path: string;
  issues: Issue[];
}

export const LATEST_BUNDLE = 'pagefind/';
export const EARLIER_BUNDLE = 'pagefind/earlier/';

/**
 * For a search that merges the bundles into one (Pagefind's mergeIndex, as
 * the Node search in src/search/node-search.ts does): Pagefind merges by
 * score, and a date-sorted result's score is its rank within its own bundle
 * (the newest of n scores n − 1, the oldest 0). The
 * earlier bundle's scores are scaled below 1, under every latest-year score
 * but a 0; and no article of the latest year scores 0, because the latest
 * bundle holds one more record that sorts before them all and matches no
 * query (see `orderAnchor`). So newest first holds across the two bundles
 * (for up to a million articles).
 */
export const EARLIER_BUNDLE_WEIGHT = 1e-6;

/**
 * The latest bundle's extra record: the oldest sort key, so it takes the 0
 * score; one word no query carries (a record without words is left out of the
 * index) and no filters (a filter-only search leaves it out), so it never shows.
 */
export function orderAnchor(url: string): SearchRecord {
  return { url, content: ANCHOR_WORD, language: 'zh-cn', meta: { title: '' }, filters: {}, sort: { date: '0000' } };
}

/** The latest year's issues, then the earlier years' (absent when the archive spans one year). */
export function searchBundles(archive: Pick<Archive, 'issues'>): SearchBundle[] {
  const latestYear = Math.max(...archive.issues.map((i) => i.year));
  const latest = archive.issues.filter((i) => i.year === latestYear);
  const earlier = archive.issues.filter((i) => i.year !== latestYear);
  return earlier.length ? [{ path: LATEST_BUNDLE, issues: latest }, { path: EARLIER_BUNDLE, issues: earlier }] : [{ path: LATEST_BUNDLE, issues: latest }];
}
