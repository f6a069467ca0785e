/** Stable ASCII URLs; one function per kind of page. */
import type { Article, Issue } from '../core/model.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const homeUrl = () => `${base}/`;
export const issuesUrl = () => `${base}/issues/`;
export const yearUrl = (year: number) => `${base}/issues/${year}/`;
export const issueUrl = (issue: Pick<Issue, 'year' | 'number'>) => `${base}/issues/${issue.year}/${issue.number}/`;
export const articleUrl = (article: Pick<Article, 'issueKey' | 'slug'>) => `${base}/issues/${article.issueKey}/${article.slug}/`;
/** Anchor of an article within its issue page. */
export const articleAnchor = (article: Pick<Article, 'slug'>) => `article-${article.slug}`;
export const searchUrl = () => `${base}/search/`;
export const regionsUrl = () => `${base}/regions/`;
export const regionUrl = (region: { code: string }) => `${base}/regions/${region.code}/`;
export const topicsUrl = () => `${base}/topics/`;
export const topicUrl = (topic: { id: string }) => `${base}/topics/${topic.id}/`;
export const seriesIndexUrl = () => `${base}/series/`;
export const seriesUrl = (series: { id: string }) => `${base}/series/${series.id}/`;
export const metricsUrl = () => `${base}/metrics/`;
