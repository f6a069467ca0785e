/** Where the cards go in dist/, and their URLs (paths relative to the site root). */
import type { Article, Issue } from '../core/model.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export const issueCardPath = (issue: Pick<Issue, 'year' | 'number'>) => `cards/${issue.year}/${issue.number}.png`;
export const articleCardPath = (article: Pick<Article, 'issueKey' | 'slug'>) => `cards/${article.issueKey}/${article.slug}.png`;
export const siteCardPath = () => 'cards/site.png';
