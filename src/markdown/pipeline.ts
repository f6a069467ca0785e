/**
 * The Markdown pipeline's options, shared by astro.config.mjs and the tests:
 * unified (remark/rehype), not Astro 7's default Sätteri processor.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeRunInHeadings from './rehype-run-in-headings.ts';

export const markdownOptions: UnifiedProcessorOptions = {
  // SmartyPants would rewrite quotes and dashes in Chinese text: every character stays as written.
  smartypants: false,
  gfm: true,
  // CommonMark does not close `**一、……。**正文` (punctuation before `**`, a CJK letter after):
  // remark-cjk-friendly applies the CJK-aware emphasis rules, so run-in headings stay bold.
  remarkPlugins: [remarkCjkFriendly],
  // Sanitize first (raw HTML from Markdown is also reported by `npm run check`), then add our classes.
  rehypePlugins: [[rehypeSanitize, defaultSchema], rehypeRunInHeadings],
};
