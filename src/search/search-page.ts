/**
 * The search page's script: Pagefind's own UI (zh-cn from <html lang>),
 * with queries cut the way the index was (segment.ts), readable excerpts,
 * results newest first, the query kept in the address bar (so a search can
 * be linked) and carried to the article page for highlighting.
 */
import { EARLIER_BUNDLE_WEIGHT } from '../core/search/bundles.ts';
import { toPagefindQuery, unspaceExcerpt } from '../core/search/segment.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

declare const PagefindUI: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };

/** `element` carries the earlier bundles' paths in data-merge, space-separated. */
export function startSearch(element: string): void {
  let typed = '';
  const merge = (document.querySelector<HTMLElement>(element)?.dataset.merge ?? '').split(' ').filter(Boolean);
  const ui = new PagefindUI({
    element,
    // Newest first across bundles: see EARLIER_BUNDLE_WEIGHT.
    mergeIndex: merge.map((bundlePath) => ({ bundlePath, indexWeight: EARLIER_BUNDLE_WEIGHT })),
    showImages: false,
    showSubResults: false,
    excerptLength: 36,
    sort: { date: 'desc' },
    openFilters: [],
    // Search on the page's own thread: the worker would be one more 43 KB download before the first result,
    // and a bulletin archive's queries are small.
    noWorker: true,
    processTerm(term: string) {
      typed = term.trim();
      rememberQuery(typed);
      return toPagefindQuery(typed);
    },
    processResult(result: PagefindResultData) {
      result.excerpt = unspaceExcerpt(result.excerpt);
      // The article page marks the term where it stands.
      if (typed) result.url = `${result.url}?q=${encodeURIComponent(typed)}`;
      return result;
    },
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}

/** Keeps ?q= in the address bar in step with the search, without adding history entries per keystroke. */
function rememberQuery(q: string): void {
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
}
