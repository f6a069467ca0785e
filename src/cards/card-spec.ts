/**
 * What a social card says, decided from the archive alone: the masthead
 * line (title, 第 N 期, date) and the headline with its region. Pure, so the
 * wording is tested without drawing.
 */
import { formatChineseDate } from '../core/dates.ts';
import type { Archive, Article, Issue } from '../core/model.ts';
import { numberLabel, seriesPartLabel } from '../core/numbering.ts';
import { articleCardPath, issueCardPath, siteCardPath } from './paths.ts';

export interface CardSpec {
  /** 代表工作 */
  masthead: string;
  /** 第24期 (with 总第 M 期 when numbered so); empty on the site card. */
  number: string;
  /** 2025年6月16日; empty on the site card. */
  date: string;
  /** Small line above the headline: the region of an article, the series of an issue. */
  kicker: string;
  /** The headline (article) or the contents (issue, one line each). */
  headline: string[];
  /** Bottom line: the contributing committee, or the organ. */
  footer: string;
}

function numberLine(issue: Issue): string {
  return `${issue.year}年${numberLabel(issue)}${issue.runningTotal ? `（总第${issue.runningTotal}期）` : ''}`;
}

export function articleCard(archive: Archive, issue: Issue, article: Article): CardSpec {
  return {
    masthead: archive.publication.title,
    number: numberLine(issue),
    date: formatChineseDate(issue.date),
    kicker: article.regionLabel,
    headline: [article.title],
    footer: `（${article.committee}供稿）`,
  };
}

export function issueCard(archive: Archive, issue: Issue): CardSpec {
  return {
    masthead: archive.publication.title,
    number: numberLine(issue),
    date: formatChineseDate(issue.date),
    kicker: issue.series ? `${issue.series.series.title}${seriesPartLabel(issue.series.part)}` : '本期目录',
    headline: issue.articles.map((a) => a.displayTitle),
    footer: archive.publication.organ,
  };
}

export function siteCard(archive: Archive): CardSpec {
  const latest = archive.issues.at(-1);
  return {
    masthead: archive.publication.title,
    number: '',
    date: '',
    kicker: '简报档案',
    headline: latest ? [`最新：${latest.year}年${numberLabel(latest)}`] : [],
    footer: archive.publication.organ,
  };
}

/** Every character a card may draw, for subsetting its fonts. */
export function cardText(spec: CardSpec): string {
  return [spec.masthead, spec.number, spec.date, spec.kicker, ...spec.headline, spec.footer, '…'].join('');
}

/** Every card of the site with its path under dist/: the site's, then each issue's and its articles'. */
export function allCards(archive: Archive): [path: string, spec: CardSpec][] {
  const cards: [string, CardSpec][] = [[siteCardPath(), siteCard(archive)]];
  for (const issue of archive.issues) {
    cards.push([issueCardPath(issue), issueCard(archive, issue)]);
    for (const article of issue.articles) cards.push([articleCardPath(article), articleCard(archive, issue, article)]);
  }
  return cards;
}
