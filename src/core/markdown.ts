/**
 * The one Markdown parser of the core: the same syntax the site's pipeline
 * reads (GFM, CJK-friendly emphasis), so checks, search text and print all
 * see the document the reader sees.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}
