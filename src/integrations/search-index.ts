/**
 * Astro integration: the Pagefind index (one record per article), in two
 * bundles — the latest year, and the earlier years (see bundles.ts) — built
 * in Pagefind's own process (the latest while the pages render, the earlier
 * once the drawing is done) and copied into dist/ when the pages are done.
 * A bundle whose articles did not change comes from the cache, so publishing
 * an issue re-indexes only the latest year.
 * Indexing errors stop the build, and so does a bundle that does not find a
 * term from inside a word, which is what an index without per-ideograph
 * segmentation would miss.
 */
import { join } from 'node:path';
import { memoDigest, openBuildCache } from '../build/cache.ts';
import { renderPoolDrained } from '../build/render-pool.ts';
import { EARLIER_BUNDLE, searchBundles, type SearchBundle } from '../core/search/bundles.ts';
import type { Archive, Article } from '../core/model.ts';
import { articleText } from '../core/search/records.ts';
import { openSearch } from '../search/node-search.ts';
import { closePagefind, writeSearchBundle } from '../search/pagefind-index.ts';
import { buildStep, StepFailure } from './build-step.ts';

export default function searchIndex() {
  return buildStep('jianbao:search-index', async ({ root, base, archive, elapsed }) => {
    const cache = openBuildCache(root, []);
    const bundles = searchBundles(archive);
    let indexed = 0;
    const settled = await Promise.allSettled(
      bundles.map((bundle) =>
        // A record shows the city of a county, so region names are part of what a bundle is made of.
        cache.fetchFolder('search', { base, path: bundle.path, issues: memoDigest(bundle.issues), regions: memoDigest(archive.regions) }, async (dir) => {
          // Pagefind holds the whole index in memory while it builds (~0.9 GB for 3,000 articles): the earlier
          // years' bundle waits until the PDFs and cards are drawn and their threads have let go of their memory.
          if (bundle.path === EARLIER_BUNDLE) await renderPoolDrained();
          const count = await indexBundle(archive, bundle, base, dir);
          indexed += count; // not `indexed += await …`: that reads `indexed` before the other bundle adds to it
        }),
      ),
    ).finally(closePagefind);
    const stored = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) {
      for (const s of stored) s.dispose();
      throw failed.reason;
    }
    const total = bundles.reduce((n, b) => n + b.issues.reduce((m, i) => m + i.articles.length, 0), 0);
    const seconds = elapsed();
    return (dir) => {
      bundles.forEach((bundle, k) => {
        stored[k]!.writeTo(join(dir, bundle.path));
        stored[k]!.dispose();
      });
      return `搜索索引：${total} 篇文章（新索引 ${indexed}，缓存 ${total - indexed}，${seconds} 秒）`;
    };
  });
}

/** Writes one bundle into `dir`, checks it, and returns how many articles it indexed. */
async function indexBundle(archive: Archive, bundle: SearchBundle, base: string, dir: string): Promise<number> {
  const urlOf = (a: Article) => `${base}issues/${a.issueKey}/${a.slug}/`;
  const result = await writeSearchBundle(archive, bundle, urlOf, dir, base);
  // The probe searches the bundle as written: only an index Pagefind reported no errors for.
  const errors = result.errors.length ? result.errors : await probe(dir, bundle.issues.flatMap((i) => i.articles), urlOf);
  if (errors.length) throw new StepFailure(`搜索索引生成失败：\n${errors.map((e) => `  ${e}`).join('\n')}`);
  return result.pages;
}

/** A two-character term from the middle of an article must find that article. */
async function probe(dir: string, articles: Article[], urlOf: (a: Article) => string): Promise<string[]> {
  const article = articles[0];
  if (!article) return [];
  // Two ideographs from the middle of a run, so the term is most likely inside a longer word.
  const runs = articleText(article).match(/[\u4e00-\u9fff]{4,}/g) ?? [];
  const run = runs[Math.floor(runs.length / 2)];
  if (!run) return [];
  const term = run.slice(Math.floor(run.length / 2) - 1, Math.floor(run.length / 2) + 1);
  const search = await openSearch(dir, { merge: false });
  const found = await search.urls(term);
  return found.includes(urlOf(article)) ? [] : [`检索“${term}”没有找到 ${urlOf(article)}：索引未按汉字切分，中文检索会漏掉结果`];
}
