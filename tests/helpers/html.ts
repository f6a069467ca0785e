/** Reading built pages: parse HTML, select, and take text, as a reader's browser would see it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';

export interface Page {
  html: string;
  tree: Root;
  text(selector: string): string;
  texts(selector: string): string[];
  has(selector: string): boolean;
}

export function readPage(siteDir: string, urlPath: string): Page {
  const file = join(siteDir, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file, 'utf8');
  const tree = fromHtml(html);
  return {
    html,
    tree,
    text: (selector) => {
      const node = select(selector, tree);
      if (!node) throw new Error(`${urlPath}: nothing matches ${selector}`);
      return toText(node).trim();
    },
    texts: (selector) => selectAll(selector, tree).map((n) => toText(n).trim()),
    has: (selector) => select(selector, tree) !== undefined,
  };
}

/** Text without any white space: line breaks and indentation do not count as content. */
export const squash = (s: string) => s.replace(/\s+/g, '');
