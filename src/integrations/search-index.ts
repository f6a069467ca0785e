/**
 * Astro integration: the Pagefind index (one record per article), built from
 * the archive while the pages render — Pagefind runs in its own process — and
 * copied into dist/pagefind/ when they are done. Indexing errors stop the
 * build, and so does an index that does not find a term from inside a word,
 * which is what an index without per-ideograph segmentation would miss.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../core/model.ts';
import { articleText, searchRecords, type SearchRecord } from '../core/search/records.ts';
import { openSearch } from '../search/node-search.ts';
import { closePagefind, writeSearchIndex } from '../search/pagefind-index.ts';
import { buildStep, StepFailure } from './build-step.ts';

export default function searchIndex() {
  return buildStep('jianbao:search-index', async ({ base, archive, elapsed }) => {
    const urlOf = (a: Article) => `${base}issues/${a.issueKey}/${a.slug}/`;
    const records = searchRecords(archive, urlOf);
    // dist/ is emptied by Astro when it starts writing: the index waits outside it.
    const out = join(mkdtempSync(join(tmpdir(), 'jianbao-pagefind-')), 'pagefind');
    let pages: number;
    try {
      const result = await writeSearchIndex(records, out);
      pages = result.pages;
      const errors = [...result.errors, ...(await probe(out, records, archive.issues.flatMap((i) => i.articles), urlOf))];
      if (errors.length) throw new StepFailure(`搜索索引生成失败：\n${errors.map((e) => `  ${e}`).join('\n')}`);
    } catch (error) {
      rmSync(join(out, '..'), { recursive: true, force: true });
      throw error;
    } finally {
      await closePagefind();
    }
    const seconds = elapsed();
    return (dir) => {
      cpSync(out, join(dir, 'pagefind'), { recursive: true });
      rmSync(join(out, '..'), { recursive: true, force: true });
      return `搜索索引：${pages} 篇文章（${seconds} 秒）`;
    };
  });
}
/** A two-character term from the middle of an article must find that article. */
async function probe(dir: string, records: SearchRecord[], articles: Article[], urlOf: (a: Article) => string): Promise<string[]> {
  const article = articles[0];
  if (!article || !records.length) return [];
  // Two ideographs from the middle of a run, so the term is most likely inside a longer word.
  const runs = articleText(article).match(/[\u4e00-\u9fff]{4,}/g) ?? [];
  const run = runs[Math.floor(runs.length / 2)];
  if (!run) return [];
  const term = run.slice(Math.floor(run.length / 2) - 1, Math.floor(run.length / 2) + 1);
  const search = await openSearch(dir);
  const found = await search.urls(term);
  return found.includes(urlOf(article)) ? [] : [`检索“${term}”没有找到 ${urlOf(article)}：索引未按汉字切分，中文检索会漏掉结果`];
}
