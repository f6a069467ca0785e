/** The archive as the site, the CLI and the print engine see it: resolved, ordered, cross-linked. */
import type { Distribution } from './distribution.ts';
import type { MetricDefinition, MetricValue } from './metrics.ts';
import type { IssueId } from './numbering.ts';
import type { Region, RegionIndex } from './regions.ts';
import type { Publication } from './schemas/index.ts';

export interface Topic {
  id: string;
  label: string;
}

export interface Series {
  id: string;
  title: string;
}

export interface ArticleMetric {
  definition: MetricDefinition;
  value: MetricValue;
}

export interface Article {
  /** `2025/24/xinxiang` */
  id: string;
  issueKey: string;
  slug: string;
  /** Source file, relative to the project root. */
  file: string;
  order: number;
  /** Headline without the region. */
  title: string;
  region: Region;
  /** How the title names the region: 开封市龙亭区, 西峡县. */
  regionLabel: string;
  /** 开封市龙亭区：稳步推进…… */
  displayTitle: string;
  committee: string;
  topics: Topic[];
  metrics: ArticleMetric[];
  /** Markdown body as written. */
  body: string;
  bodyStartLine: number;
  /** File lines of the frontmatter fields that are printed, for error messages. */
  lines: { title: number; committee: number };
}

export interface Issue extends IssueId {
  /** `2025/24` */
  key: string;
  file: string;
  /** ISO date `2025-06-16`. */
  date: string;
  series: { series: Series; part: number } | undefined;
  distribution: Distribution;
  /** 总第 M 期, when publication.yaml defines a running total. */
  runningTotal: number | undefined;
  /** Editor's note (Markdown), empty when none. */
  note: string;
  articles: Article[];
}

export interface Archive {
  publication: Publication & { printingOrgan: string };
  regions: RegionIndex;
  metrics: MetricDefinition[];
  topics: Topic[];
  series: Series[];
  /** Oldest first. */
  issues: Issue[];
}
