/**
 * What `npm run new-article` writes: one article file in an issue folder, with
 * the region resolved, a committee suggested from the region's city, the next
 * order number and a body skeleton whose placeholders the check refuses to
 * publish.
 */
import type { Archive, Issue } from '../../core/model.ts';
import { regionSlug, uniqueSlug } from '../../core/region-slug.ts';
import { describeRegion, type Region, type RegionIndex } from '../../core/regions.ts';
import { PLACEHOLDER_OPEN } from '../../core/rules/placeholders.ts';
import { articleMarkdown, type NewFile } from '../content-files.ts';
import type { Plan } from './plan-issue.ts';

export interface NewArticleOptions {
  region: string;
  title: string;
  committee?: string;
  topics?: string[];
}

export interface NewArticlePlan {
  file: NewFile;
  region: Region;
  committee: string;
  /** True when the committee was suggested rather than given. */
  committeeSuggested: boolean;
  order: number;
}

const fill = (what: string) => `${PLACEHOLDER_OPEN}${what}】`;

/** The skeleton of a 简报 experience report: a lead, numbered points with run-in headings, a look ahead. */
export const BODY_SKELETON = [
  fill('导语：一段话说明做了什么、为什么做、总体成效'),
  `**一、${fill('第一方面做法的小标题')}。**${fill('具体做法和数字')}`,
  `**二、${fill('第二方面做法的小标题')}。**${fill('具体做法和数字')}`,
  `**三、${fill('第三方面做法的小标题')}。**${fill('具体做法和数字')}`,
  fill('结语：下一步打算（可删）'),
].join('\n\n');

export function planNewArticle(archive: Archive, issue: Issue, folderFiles: readonly string[], options: NewArticleOptions): Plan<NewArticlePlan> {
  const errors: string[] = [];
  const region = resolveRegionOrExplain(archive.regions, options.region, errors);
  const title = stripRegionPrefix(options.title.trim(), region);
  if (!title) errors.push('标题不能为空：用 --title "标题" 给出（不含地区名，地区由 --region 给出）');
  const knownTopics = new Set(archive.topics.map((t) => t.label));
  for (const topic of options.topics ?? []) {
    if (!knownTopics.has(topic)) errors.push(`未知主题“${topic}”，可用的有：${[...knownTopics].join('、')}（定义在 content/topics.yaml）`);
  }
  if (!region || errors.length > 0) return { ok: false, errors };

  const committee = options.committee?.trim() || suggestCommittee(archive, region);
  const order = issue.articles.reduce((max, a) => Math.max(max, a.order), 0) + 1;
  const taken = new Set(folderFiles.filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)));
  taken.add('index');
  const slug = uniqueSlug(regionSlug(region, archive.regions), taken);
  const folder = issue.file.slice(0, issue.file.lastIndexOf('/'));
  const content = articleMarkdown({ title, region: shortestName(archive.regions, region), committee, topics: options.topics ?? [], order }, BODY_SKELETON);
  return {
    ok: true,
    value: { file: { path: `${folder}/${slug}.md`, content }, region, committee, committeeSuggested: !options.committee, order },
  };
}

/** The region as an editor would write it: 西峡县 rather than 南阳市西峡县, unless the short name is ambiguous. */
function shortestName(regions: RegionIndex, region: Region): string {
  const short = regions.resolve(region.name);
  return short.kind === 'found' && short.region.code === region.code ? region.name : region.fullName;
}

function resolveRegionOrExplain(regions: RegionIndex, input: string, errors: string[]): Region | undefined {
  const found = regions.resolve(input);
  if (found.kind === 'found') return found.region;
  if (found.kind === 'ambiguous') {
    errors.push(`地区“${input}”有歧义，可能是：${found.candidates.map(describeRegion).join('、')}。请写全称或代码，如 --region ${found.candidates[0]!.fullName}`);
  } else {
    const hint = found.suggestions.length ? `，是否是：${found.suggestions.map(describeRegion).join('、')}？` : '。';
    errors.push(`找不到地区“${input}”${hint}地区名以 content/regions.yaml 为准（如 西峡县、开封市龙亭区、洛阳市）`);
  }
  return undefined;
}

/** Editors often paste the printed title “西峡县：……”; the region part is already in --region. */
function stripRegionPrefix(title: string, region: Region | undefined): string {
  if (!region) return title;
  for (const label of [region.titleLabel, region.fullName, region.name]) {
    for (const colon of ['：', ':']) if (title.startsWith(label + colon)) return title.slice(label.length + colon.length).trim();
  }
  return title;
}

/**
 * Reports are usually sent in by the city's committee (西峡县 via 南阳市人大常委会代表工委):
 * the committee the archive used most for this city, else the usual name.
 */
export function suggestCommittee(archive: Archive, region: Region): string {
  const city = archive.regions.cityOf(region);
  if (!city) return '省人大常委会代表工委';
  const counts = new Map<string, number>();
  for (const issue of archive.issues) {
    for (const a of issue.articles) {
      if (archive.regions.cityOf(a.region)?.code === city.code && a.committee.startsWith(city.name)) {
        counts.set(a.committee, (counts.get(a.committee) ?? 0) + 1);
      }
    }
  }
  const used = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
  // 济源示范区 has a 人大工委, not a standing committee.
  const usual = city.name.endsWith('示范区') ? `${city.name}人大工委` : `${city.name}人大常委会代表工委`;
  return used?.[0] ?? usual;
}
