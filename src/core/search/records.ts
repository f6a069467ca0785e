/**
 * One search record per article: the text to index (ideographs spaced, see
 * segment.ts), what a result shows (meta), what a reader narrows by
 * (filters) and the sort key. Every record has the date sort key: Pagefind
 * leaves records without it out of sorted results.
 */
import { parseMarkdown } from '../markdown.ts';
import { toString } from 'mdast-util-to-string';
import type { Archive, Article, Issue } from '../model.ts';
import { formatChineseDate } from '../dates.ts';
import { issueLabel, seriesPartLabel } from '../numbering.ts';
import { spaceIdeographs } from './segment.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The article's text as a reader sees it: title, body paragraphs, contributing committee. */
export function articleText(article: Article): string {
  const tree = parseMarkdown(article.body);
  const blocks = tree.children.map((node) => toString(node));
  return [article.displayTitle, ...blocks, `（${article.committee}供稿）`].join('\n');
}

export function searchRecord(archive: Archive, issue: Issue, article: Article, url: string): SearchRecord {
  const city = archive.regions.cityOf(article.region);
  const county = article.region.level === 'county' ? article.region : undefined;
  const filters: Record<string, string[]> = {
    年份: [String(issue.year)],
    主题: article.topics.map((t) => t.label),
  };
  if (city) filters['市'] = [city.name];
  if (county) filters['县（市、区）'] = [county.name];
  if (issue.series) filters['专辑'] = [issue.series.series.title];
  return {
    url,
    content: spaceIdeographs(articleText(article)),
    language: 'zh-cn',
    // Pagefind's UI shows every meta field but the title as “key: value”: the keys are what readers see.
    meta: {
      title: article.displayTitle,
      期次: issueLabel(issue),
      日期: formatChineseDate(issue.date),
      地区: county ? `${city?.name ?? ''}${county.name}` : article.region.name,
      供稿单位: article.committee,
      ...(issue.series ? { 专辑: `${issue.series.series.title}${seriesPartLabel(issue.series.part)}` } : {}),
    },
    filters,
    // Newest first: ISO date, then the issue number and the order in the issue, zero-padded so they sort as text.
    sort: { date: `${issue.date}-${String(issue.number).padStart(3, '0')}-${String(article.order).padStart(2, '0')}` },
  };
}

/** Records for `issues` (by default the whole archive's). */
export function searchRecords(archive: Archive, urlOf: (article: Article) => string, issues: readonly Issue[] = archive.issues): SearchRecord[] {
  return [...eachSearchRecord(archive, urlOf, issues)];
}

/** The same records one at a time, made as they are asked for: at 3,000 articles they are ~100 MB all at once. */
export function* eachSearchRecord(archive: Archive, urlOf: (article: Article) => string, issues: readonly Issue[] = archive.issues): Generator<SearchRecord> {
  for (const issue of issues) for (const article of issue.articles) yield searchRecord(archive, issue, article, urlOf(article));
}
