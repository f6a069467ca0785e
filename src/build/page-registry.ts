/**
 * The pages of this build that went through `incrementalPaths`
 * (src/site/page-cache.ts), for the page-cache integration. Astro runs the
 * pages' getStaticPaths in the build's own process, so the two meet on
 * globalThis; this module imports nothing of the site, so the integration can load it.
 */
export interface PageEntry {
  /** `/issues/2025/24/` */
  pathname: string;
  /** The cache file for this page's inputs. */
  file: string;
  /** True: reused from the cache, not rendered by Astro. */
  reused: boolean;
}

interface Registry {
  /** Set by the page-cache integration when a build starts: `astro dev` never skips a page. */
  building: boolean;
  pages: PageEntry[];
}

const REGISTRY = Symbol.for('jianbao.page-registry');

export function pageRegistry(): Registry {
  const global = globalThis as Record<symbol, Registry | undefined>;
  return (global[REGISTRY] ??= { building: false, pages: [] });
}
