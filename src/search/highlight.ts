/**
 * On an article page reached from search (…/?q=联络站), marks every
 * occurrence of the term in the article and scrolls to the first. Plain
 * substring matching: the same truth the search itself is held to.
 */
export function highlightQuery(container: Element, query: string): number {
  const terms = query.split(/\s+/).filter((t) => t.length > 0);
  if (!terms.length) return 0;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const hits: [number, number][] = [];
    for (const term of terms) {
      for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) hits.push([i, i + term.length]);
    }
    if (!hits.length) continue;
    hits.sort((a, b) => a[0] - b[0]);
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of hits) {
      if (start < at) continue;
      fragment.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      at = end;
      count++;
    }
    fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
  return count;
}

const q = new URLSearchParams(location.search).get('q');
const article = document.querySelector('.article');
if (q && article && highlightQuery(article, q) > 0) {
  document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
