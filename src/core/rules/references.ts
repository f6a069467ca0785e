/**
 * Resolves what frontmatter names (regions, topics, metrics, series,
 * distribution lists) and reports what does not resolve, with candidates.
 */
import type { DiagnosticBag } from '../diagnostics.ts';
import { resolveDistribution, type Distribution } from '../distribution.ts';
import type { ParsedContent } from '../load/parse-content.ts';
import type { YamlSource } from '../load/yaml-source.ts';
import type { IssueFrontmatter } from '../schemas/index.ts';
import type { MetricDefinition, MetricValue } from '../metrics.ts';
import type { ArticleMetric, Series, Topic } from '../model.ts';
import { describeRegion, type Region, type RegionIndex } from '../regions.ts';
import { closest } from '../text/closest.ts';

export interface Vocabulary {
  regions: RegionIndex;
  metrics: Map<string, MetricDefinition>;
  topicsByLabel: Map<string, Topic>;
  series: Map<string, Series>;
  defaultDistribution: string;
  printingOrgan: string;
}

const list = (items: Iterable<string>) => [...items].join('、');

/** Where a reference was written: its file and the YAML that holds its line. */
export interface Located {
  file: string;
  source: YamlSource;
}

export function resolveRegion(a: Located, region: string, v: Vocabulary, bag: DiagnosticBag): Region | undefined {
  const lookup = v.regions.resolve(region);
  if (lookup.kind === 'found') return lookup.region;
  const line = a.source.lineOf(['region']);
  if (lookup.kind === 'ambiguous') {
    bag.add({
      file: a.file,
      line,
      field: 'region',
      message: `地区“${region}”有歧义，可能是：${lookup.candidates.map(describeRegion).join('、')}`,
      fix: `改写为其中之一的全称或代码，如 region: ${lookup.candidates[0]!.fullName}`,
      rule: 'ref.region-ambiguous',
    });
  } else {
    bag.add({
      file: a.file,
      line,
      field: 'region',
      message: `未知地区“${region}”`,
      fix: lookup.suggestions.length
        ? `是否应为 ${lookup.suggestions.map(describeRegion).join('、')}？`
        : '写 content/regions.yaml 中的地区名称（如 西峡县、开封市龙亭区）或 6 位代码',
      rule: 'ref.region-unknown',
    });
  }
  return undefined;
}

export function resolveTopics(a: Located, labels: readonly string[], v: Vocabulary, bag: DiagnosticBag): Topic[] {
  const topics: Topic[] = [];
  labels.forEach((label, i) => {
    const topic = v.topicsByLabel.get(label);
    if (topic) {
      if (topics.includes(topic)) {
        bag.add({ file: a.file, line: a.source.lineOf(['topics', i]), field: `topics`, message: `主题“${label}”重复`, fix: '删去重复的一项', rule: 'ref.topic-duplicate' });
      } else topics.push(topic);
      return;
    }
    const guess = closest(label, [...v.topicsByLabel.keys()]);
    bag.add({
      file: a.file,
      line: a.source.lineOf(['topics', i]),
      field: 'topics',
      message: `未知主题“${label}”`,
      fix: `${guess ? `是否应为“${guess}”？` : ''}可用主题：${list(v.topicsByLabel.keys())}；新主题先加到 content/topics.yaml`,
      rule: 'ref.topic-unknown',
    });
  });
  return topics;
}

export function resolveMetrics(a: Located, values: Record<string, MetricValue>, v: Vocabulary, bag: DiagnosticBag): ArticleMetric[] {
  const metrics: ArticleMetric[] = [];
  for (const [key, value] of Object.entries(values)) {
    const definition = v.metrics.get(key);
    if (definition) {
      metrics.push({ definition, value });
      continue;
    }
    const guess = closest(key, [...v.metrics.keys()]);
    bag.add({
      file: a.file,
      line: a.source.keyLineOf(['metrics', key]),
      field: `metrics.${key}`,
      message: `未知指标“${key}”`,
      fix: `${guess ? `是否应为“${guess}”？` : ''}可用指标：${list(v.metrics.keys())}；新指标先加到 content/metrics.yaml`,
      rule: 'ref.metric-unknown',
    });
  }
  // Vocabulary order, so every page lists metrics the same way.
  const order = [...v.metrics.keys()];
  return metrics.sort((x, y) => order.indexOf(x.definition.key) - order.indexOf(y.definition.key));
}

export function resolveSeries(i: Located, ref: IssueFrontmatter['series'], v: Vocabulary, bag: DiagnosticBag): { series: Series; part: number } | undefined {
  if (!ref) return undefined;
  const series = v.series.get(ref.id);
  if (series) return { series, part: ref.part };
  const guess = closest(ref.id, [...v.series.keys()]);
  bag.add({
    file: i.file,
    line: i.source.lineOf(['series', 'id']),
    field: 'series.id',
    message: `未知专辑“${ref.id}”`,
    fix: `${guess ? `是否应为“${guess}”？` : ''}${v.series.size ? `可用专辑：${list(v.series.keys())}；` : ''}新专辑先加到 content/series.yaml`,
    rule: 'ref.series-unknown',
  });
  return undefined;
}

export function resolveIssueDistribution(
  i: Located,
  fields: Pick<IssueFrontmatter, 'distribution' | 'copies'>,
  parsed: ParsedContent,
  v: Vocabulary,
  bag: DiagnosticBag,
): Distribution | undefined {
  const id = fields.distribution ?? v.defaultDistribution;
  const list = parsed.distributions.get(id);
  if (list) return resolveDistribution(id, list.data, fields.copies, v.printingOrgan);
  const explicit = fields.distribution !== undefined;
  const guess = closest(id, [...parsed.distributions.keys()]);
  bag.add({
    file: explicit ? i.file : parsed.publication?.file ?? `${parsed.dir}/publication.yaml`,
    line: explicit ? i.source.lineOf(['distribution']) : (parsed.publication?.source.lineOf(['defaultDistribution']) ?? 0),
    field: explicit ? 'distribution' : 'defaultDistribution',
    message: `未知分送名单“${id}”`,
    fix: `${guess ? `是否应为“${guess}”？` : ''}可用名单：${list_(parsed)}；或新建 ${parsed.dir}/distribution/${id}.yaml`,
    rule: 'ref.distribution-unknown',
  });
  return undefined;
}

function list_(parsed: ParsedContent): string {
  return parsed.distributions.size ? list(parsed.distributions.keys()) : '（无）';
}
