/**
 * Astro integration: the other half of incremental pages (src/site/page-cache.ts).
 * When Astro has written the pages it rendered, this puts in the pages it
 * was told to skip (unchanged since a build that cached them) and caches the
 * ones it rendered. `withCachedPages` hands the whole list, skipped pages
 * included and sorted, to an integration that reads it (the sitemap), so the
 * sitemap is the same whether a page was rendered or reused.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBuildCache, placeFile } from '../build/cache.ts';
import { pageRegistry } from '../build/page-registry.ts';

export function pageCache(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'jianbao:page-cache',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        pageRegistry().building = true;
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages } = pageRegistry();
        if (!pages.length) return;
        const cache = openBuildCache(root, []);
        const out = fileURLToPath(dir);
        let reused = 0;
        for (const page of pages) {
          const target = join(out, page.pathname, 'index.html');
          if (page.reused) {
            placeFile(page.file, target);
            reused++;
          } else {
            cache.put(page.file, readFileSync(target));
          }
        }
        logger.info(`页面：${pages.length - reused} 页新生成，${reused} 页未变沿用上次构建`);
      },
    },
  };
}

/** `integration`, seeing every page of the site at build:done, in one order, whether rendered now or reused. */
export function withCachedPages(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:build:done': (params) => {
        const reused = pageRegistry()
          .pages.filter((p) => p.reused)
          .map((p) => p.pathname.replace(/^\//, ''));
        const pathnames = [...new Set([...params.pages.map((p) => p.pathname), ...reused])].sort();
        return done({ ...params, pages: pathnames.map((pathname) => ({ pathname })) });
      },
    },
  };
}
