/**
 * Incremental pages. Astro renders every page on every build; at 4,000 pages
 * that is most of a rebuild after one new issue. A dynamic page here renders
 * from its props and the site-wide settings only (publication, regions,
 * topics, series, metric definitions), so a page whose props and settings are
 * unchanged — with the same code — would come out byte for byte the same: its
 * HTML from the last build is reused instead. `incrementalPaths` drops such
 * pages from getStaticPaths and notes them; the page-cache integration copies
 * them into dist/ and stores the freshly rendered ones for next time.
 *
 * The rule that makes this safe: a page in a dynamic route reads nothing from
 * the archive but its props (and `getArchive()` for the site-wide settings).
 * The build test compares an incremental build with a fresh one, byte for byte.
 */
import { digest, memoDigest, openBuildCache, type BuildCache } from '../build/cache.ts';
import { pageRegistry } from '../build/page-registry.ts';
import { getArchive } from './archive.ts';

let cache: BuildCache | undefined;
let siteKey: string | undefined;

interface StaticPath {
  params: Record<string, string>;
  props: Record<string, unknown>;
}

/**
 * `route` is the page's pattern (`issues/[year]/[number]`). Returns the paths
 * Astro still has to render; outside a build (`astro dev`), or with the cache off, all of them.
 */
export function incrementalPaths<P extends StaticPath>(route: string, paths: P[]): P[] {
  const registry = pageRegistry();
  if (!registry.building) return paths;
  const root = process.cwd();
  cache ??= openBuildCache(root, []);
  siteKey ??= siteInputs();
  return paths.filter((path) => {
    const found = cache!.lookup('page', { site: siteKey, route, params: path.params, props: memoDigest(path.props) });
    if (!found) return true;
    const pathname = `/${route.replace(/\[(\w+)\]/g, (_, name: string) => path.params[name] ?? '')}/`;
    registry.pages.push({ pathname, file: found.file, reused: found.hit });
    return !found.hit;
  });
}

/** Everything a page may read besides its props: the site-wide settings and where the site is served. */
function siteInputs(): string {
  const { publication, regions, topics, series, metrics } = getArchive();
  return digest({ settings: memoDigest({ publication, regions, topics, series, metrics }), base: import.meta.env.BASE_URL, site: import.meta.env.SITE });
}
