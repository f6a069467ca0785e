// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/markdown/pipeline.ts';
import validateContent from './src/integrations/validate-content.ts';
import printEdition from './src/integrations/print-edition.ts';
import searchIndex from './src/integrations/search-index.ts';
import socialCards from './src/integrations/social-cards.ts';
import { pageCache, withCachedPages } from './src/integrations/page-cache.ts';
import cachePruning from './src/integrations/cache-pruning.ts';
import sitemap from '@astrojs/sitemap';
import { readSiteUrl } from './src/site/site-url.ts';

export default defineConfig({
  site: readSiteUrl(),
  // scripts/build.ts builds into a staging folder and swaps it in only on success.
  outDir: process.env.JIANBAO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No client JavaScript: pages are plain HTML and CSS.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    processor: unified(markdownOptions),
    syntaxHighlight: false,
  },
  // Order matters: the page cache completes dist/ before the sitemap lists it, and the cache is pruned last.
  integrations: [validateContent(), printEdition(), socialCards(), searchIndex(), pageCache(), withCachedPages(sitemap()), cachePruning()],
});
