/**
 * The search page's script: a small interface of our own over Pagefind's
 * JS API (archive-search.ts), in place of Pagefind's default UI (127 KB of
 * script before the first result). Queries are cut the way the index was
 * (segment.ts), excerpts read as Chinese, results come newest first and the
 * latest year's show before the earlier years' bundle is loaded, the query
 * stays in the address bar (so a search can be linked) and is carried to
 * the article page for highlighting.
 */
import { unspaceExcerpt } from '../core/search/segment.ts';
import { ArchiveSearch, type FilterCounts, type PagefindResult, type ResultData, type Selection } from './archive-search.ts';

/** Filter groups in the order readers narrow by; years newest first, the rest in the archive's order. */
const FILTER_GROUPS = ['年份', '市', '县（市、区）', '主题', '专辑'];
/** Meta fields shown under a result, in this order (the title is the link). */
const META_SHOWN = ['期次', '日期', '地区', '供稿单位', '专辑'];
export const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 150;

interface Elements {
  input: HTMLInputElement;
  message: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  filters: HTMLElement;
}

/** `root` holds the page's search markup (search.astro) and the bundles' folders in data-bundles. */
export function startSearch(root: HTMLElement): void {
  const paths = (root.dataset.bundles ?? '').split(' ').filter(Boolean);
  const search = new ArchiveSearch(paths);
  const el: Elements = {
    input: root.querySelector('.search-input')!,
    message: root.querySelector('.search-message')!,
    list: root.querySelector('.search-results')!,
    more: root.querySelector('.search-more')!,
    filters: root.querySelector('.search-filters')!,
  };
  const selection: Selection = {};
  /** The search on screen: its query, its results so far and how many of them are drawn. */
  let shown = { query: '', results: [] as PagefindResult[], drawn: 0 };
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const query = el.input.value.trim();
    rememberQuery(query);
    const mine = ++generation;
    if (!query) {
      shown = { query, results: [], drawn: 0 };
      el.list.replaceChildren();
      el.more.hidden = true;
      el.message.textContent = '';
      return;
    }
    if (shown.query !== query) el.message.textContent = '正在检索……';
    const done = await search.search(
      query,
      selection,
      ({ results, counts, complete }) => {
        // A later bundle's results, or the same search run again, only extend the list: what is drawn stays.
        const drawnStill = shown.query === query && shown.results.slice(0, shown.drawn).every((r, i) => results[i]?.id === r.id);
        if (drawnStill) shown.results = results;
        else {
          shown = { query, results, drawn: 0 };
          el.list.replaceChildren();
        }
        const drawn = draw(Math.max(PAGE_SIZE, shown.drawn));
        el.message.textContent = results.length
          ? `找到 ${results.length} 篇文章${complete ? '' : '，正在检索往年……'}`
          : complete
            ? `没有找到含“${query}”的文章`
            : '正在检索往年……';
        if (search.hasFilters) renderFilters(el.filters, counts, selection, () => void start());
        return drawn;
      },
      () => mine === generation,
    );
    // The filters load once the first results are on screen; the search then runs again to count them.
    if (done && !search.hasFilters) {
      const all = await search.allFilters();
      if (mine === generation) void start();
      else renderFilters(el.filters, all, selection, () => void start());
    }
  };

  /** Draws results up to `upTo`, in order, each once its data has loaded. */
  let drawing = Promise.resolve();
  const draw = (upTo: number): Promise<void> => {
    const target = shown;
    const wanted = target.results.slice(target.drawn, upTo);
    target.drawn += wanted.length;
    el.more.hidden = target.drawn >= target.results.length;
    const data = Promise.all(wanted.map((r) => r.data()));
    // Appended in the order asked for, whichever data arrives first.
    drawing = drawing.then(async () => {
      const loaded = await data;
      if (shown === target) el.list.append(...loaded.map((d) => resultItem(d, target.query)));
    });
    return drawing;
  };

  /** A search that cannot run (the index failed to load) says so on the page. */
  const start = () =>
    run().catch((error: unknown) => {
      el.message.textContent = `检索暂时无法使用（${error instanceof Error ? error.message : String(error)}），请稍后再试。`;
    });
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void start();
  });
  el.input.addEventListener('focus', () => search.preload(), { once: true });
  el.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void start(), TYPING_PAUSE_MS);
  });
  el.more.addEventListener('click', () => void draw(shown.drawn + PAGE_SIZE));

  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    el.input.value = q;
    void start();
  }
}

function resultItem(data: ResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = document.createElement('h2');
  title.className = 'search-result-title';
  const link = document.createElement('a');
  link.className = 'search-result-link';
  // The article page marks the term where it stands.
  link.href = `${data.url}?q=${encodeURIComponent(query)}`;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  // Pagefind escapes the text and adds only <mark>: safe as HTML.
  excerpt.innerHTML = unspaceExcerpt(data.excerpt);
  const tags = document.createElement('ul');
  tags.className = 'search-result-tags';
  for (const key of META_SHOWN) {
    if (!data.meta[key]) continue;
    const tag = document.createElement('li');
    tag.className = 'search-result-tag';
    tag.textContent = `${key}：${data.meta[key]}`;
    tags.append(tag);
  }
  item.append(title, excerpt, tags);
  return item;
}

/** One collapsible group per filter; a value's count is for the current query, ticked values stay. */
function renderFilters(container: HTMLElement, counts: FilterCounts, selection: Selection, changed: () => void): void {
  const open = new Set([...container.querySelectorAll('details[open]')].map((d) => d.getAttribute('data-filter')));
  const groups = FILTER_GROUPS.filter((name) => counts[name] && Object.keys(counts[name]).length).map((name) => {
    const group = document.createElement('details');
    group.className = 'search-filter';
    group.dataset.filter = name;
    group.open = open.has(name) || (selection[name]?.length ?? 0) > 0;
    const summary = document.createElement('summary');
    summary.textContent = name;
    const values = Object.entries(counts[name]!);
    if (name === '年份') values.sort(([a], [b]) => b.localeCompare(a));
    group.append(
      summary,
      ...values.map(([value, n]) => {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = value;
        box.checked = selection[name]?.includes(value) ?? false;
        box.disabled = n === 0 && !box.checked;
        box.addEventListener('change', () => {
          const ticked = new Set(selection[name] ?? []);
          if (box.checked) ticked.add(value);
          else ticked.delete(value);
          selection[name] = [...ticked];
          changed();
        });
        const count = document.createElement('span');
        count.className = 'search-filter-count';
        count.textContent = `（${n}）`;
        label.append(box, ` ${value}`, count);
        return label;
      }),
    );
    return group;
  });
  container.replaceChildren(...groups);
}

/** Keeps ?q= in the address bar in step with the search, without adding history entries per keystroke. */
function rememberQuery(q: string): void {
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
}
