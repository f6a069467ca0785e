/**
 * A recognised bulletin as content files: the issue's index.md (date, series,
 * distribution, copies, editor's note), one Markdown file per article (title
 * without the region, region, committee, order; topics and metrics left for
 * the editor), and a new distribution list when none matched.
 */
import type { Region, RegionIndex } from '../../core/regions.ts';
import { regionSlug, uniqueSlug } from '../../core/region-slug.ts';
import { articleMarkdown, issueMarkdown, type NewFile } from '../content-files.ts';
import { bodyMarkdown, unplacedMarker } from './article-text.ts';
import { distributionYaml, type DistributionChoice } from './match-distribution.ts';

export interface AppendedDraft {
  from: number;
  to: number;
  reason: string;
  paragraphs: string[];
}

export interface ArticleDraft {
  /** Input line of the heading. */
  line: number;
  region: Region;
  /** The region as the title prints it: 开封市龙亭区, 西峡县, 南阳市西峡县. */
  regionLabel: string;
  headline: string;
  committee: string;
  paragraphs: string[];
  /** Unplaced text kept at the end of this article. */
  appended: AppendedDraft[];
}

export interface IssueDraft {
  year: number;
  number: number;
  date: string;
  series?: { id: string; part: number };
  distribution: DistributionChoice;
  note: string[];
  articles: ArticleDraft[];
}

export interface WrittenArticle {
  file: string;
  order: number;
  line: number;
  displayTitle: string;
  title: string;
  region: string;
  regionLabel?: string;
  committee: string;
  /** Every paragraph written, as plain text: what the built page must show. */
  paragraphs: string[];
}

export interface ContentPlan {
  folder: string;
  files: NewFile[];
  articles: WrittenArticle[];
}

/** How `region:` names it: the title label when that resolves back to it (西峡县), else the full name. */
function regionField(region: Region, regions: RegionIndex): string {
  const back = regions.resolve(region.titleLabel);
  return back.kind === 'found' && back.region.code === region.code ? region.titleLabel : region.fullName;
}

export function toContent(draft: IssueDraft, dir: string, regions: RegionIndex, source: string): ContentPlan {
  const folder = `${dir}/issues/${draft.year}/${draft.number}`;
  const { id, copies, created } = draft.distribution;
  const files: NewFile[] = [
    {
      path: `${folder}/index.md`,
      content: issueMarkdown(
        { date: draft.date, ...(draft.series ? { series: draft.series } : {}), distribution: id, ...(copies !== undefined ? { copies } : {}) },
        bodyMarkdown(draft.note),
      ),
    },
  ];
  const taken = new Set<string>();
  const articles = draft.articles.map((a, index): WrittenArticle => {
    const slug = uniqueSlug(regionSlug(a.region, regions), taken);
    taken.add(slug);
    const paragraphs = [...a.paragraphs, ...a.appended.flatMap((u) => [unplacedMarker(u.from, u.to, u.reason), ...u.paragraphs])];
    const region = regionField(a.region, regions);
    const regionLabel = a.regionLabel !== a.region.titleLabel ? a.regionLabel : undefined;
    const file = `${folder}/${slug}.md`;
    const fields = { title: a.headline, region, ...(regionLabel ? { regionLabel } : {}), committee: a.committee, topics: [], order: index + 1 };
    files.push({ path: file, content: articleMarkdown(fields, bodyMarkdown(paragraphs)) });
    return { file, line: a.line, displayTitle: `${a.regionLabel}：${a.headline}`, paragraphs, ...fields, order: index + 1 };
  });
  if (created) files.push({ path: `${dir}/distribution/${created.id}.yaml`, content: distributionYaml(created, source) });
  return { folder, files, articles };
}
