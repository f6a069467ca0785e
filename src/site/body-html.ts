/**
 * The HTML of an article's body or an issue's editor's note, rendered with
 * the site's Markdown pipeline (src/markdown/pipeline.ts) when a page asks
 * for it. Not through Astro's content collections: they would parse and
 * render all 4,000 files before any page is built and keep the results in
 * memory for the whole build, while the archive has already read them.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Article, Issue } from '../core/model.ts';
import { markdownOptions } from '../markdown/pipeline.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

export async function bodyHtml(item: Article | Issue): Promise<string> {
  renderer ??= createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
  const markdown = 'note' in item ? item.note : item.body;
  return (await (await renderer).render(markdown)).code;
}
