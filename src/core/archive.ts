/**
 * Second pass: from parsed files to the archive. Resolves references,
 * orders issues and articles, and runs every cross-entry rule, so that all
 * mistakes are reported in one run.
 */
import type { DiagnosticBag } from './diagnostics.ts';
import type { ParsedContent, ParsedIssue } from './load/parse-content.ts';
import type { Archive, Article, Issue } from './model.ts';
import { compareIssues, conflictingAnchors, issueKey, parseIssueKey, runningTotals, type IssueId } from './numbering.ts';
import { RegionIndex } from './regions.ts';
import { checkAllocations } from './rules/allocation.ts';
import { checkCharacters } from './rules/characters.ts';
import { checkIssueContents } from './rules/issue-contents.ts';
import { checkIssueSequence } from './rules/issue-sequence.ts';
import { checkPlaceholders } from './rules/placeholders.ts';
import { checkFontFiles } from './rules/font-files.ts';
import {
  resolveIssueDistribution,
  resolveMetrics,
  resolveRegion,
  resolveSeries,
  resolveTopics,
  type Vocabulary,
} from './rules/references.ts';
import { checkSeriesParts } from './rules/series-parts.ts';
import { checkVocabularies } from './rules/vocabulary.ts';

/** Returns the archive when the files it rests on parsed; diagnostics go to `bag` either way. */
export function buildArchive(parsed: ParsedContent, bag: DiagnosticBag): Archive | undefined {
  checkVocabularies(parsed, bag);
  checkFontFiles(parsed, parsed.root, bag);
  checkIssueSequence(parsed, bag);
  checkIssueContents(parsed, bag);
  checkCharacters(parsed, bag);
  checkPlaceholders(parsed, bag);

  const { publication, regions, metrics, topics } = parsed;
  if (!publication || !regions || !metrics || !topics) return undefined;

  const printingOrgan = publication.data.printingOrgan ?? publication.data.organ;
  const series = parsed.series?.data ?? [];
  const vocabulary: Vocabulary = {
    regions: new RegionIndex(regions.data),
    metrics: new Map(metrics.data.map((m) => [m.key, m])),
    topicsByLabel: new Map(topics.data.map((t) => [t.label, t])),
    series: new Map(series.map((s) => [s.id, s])),
    defaultDistribution: publication.data.defaultDistribution,
    printingOrgan,
  };

  const articlesByFolder = new Map<string, Article[]>();
  for (const a of parsed.articles) {
    if (!a.source) continue;
    const at = { file: a.file, source: a.source };
    // Resolve whatever fields are valid, so their mistakes are reported even when another field is wrong.
    const region = a.fields.region !== undefined ? resolveRegion(at, a.fields.region, vocabulary, bag) : undefined;
    const topicList = resolveTopics(at, a.fields.topics ?? [], vocabulary, bag);
    const metricList = resolveMetrics(at, a.fields.metrics ?? {}, vocabulary, bag);
    if (!a.data || !region) continue;
    const [year, number] = a.folder.split('/').slice(-2);
    const key = `${Number(year)}/${Number(number)}`;
    const slug = a.data.slug ?? a.fileSlug;
    const regionLabel = a.data.regionLabel ?? region.titleLabel;
    const article: Article = {
      id: `${key}/${slug}`,
      issueKey: key,
      slug,
      file: a.file,
      order: a.data.order,
      title: a.data.title,
      region,
      regionLabel,
      displayTitle: `${regionLabel}：${a.data.title}`,
      committee: a.data.committee,
      topics: topicList,
      metrics: metricList,
      body: a.body,
      bodyStartLine: a.bodyStartLine,
      lines: { title: a.source.lineOf(['title']), committee: a.source.lineOf(['committee']) },
    };
    articlesByFolder.set(a.folder, [...(articlesByFolder.get(a.folder) ?? []), article]);
  }

  const sourceOf = new Map<Issue, ParsedIssue>();
  const issues: Issue[] = [];
  for (const i of [...parsed.issues].sort(compareIssues)) {
    if (!i.source) continue;
    const at = { file: i.file, source: i.source };
    const distribution = resolveIssueDistribution(at, i.fields, parsed, vocabulary, bag);
    const seriesRef = resolveSeries(at, i.fields.series, vocabulary, bag);
    if (!i.data || !distribution || (i.data.series && !seriesRef)) continue;
    if (issues.some((other) => compareIssues(other, i) === 0)) continue; // duplicate number, reported above
    const issue: Issue = {
      year: i.year,
      number: i.number,
      key: issueKey(i),
      file: i.file,
      date: i.data.date,
      series: seriesRef,
      distribution,
      runningTotal: undefined,
      note: i.body.trim(),
      articles: (articlesByFolder.get(i.folder) ?? []).sort((x, y) => x.order - y.order),
    };
    sourceOf.set(issue, i);
    issues.push(issue);
  }

  const lineOf = (field: string[]) => (issue: Issue) => sourceOf.get(issue)?.source?.lineOf(field) ?? 0;
  checkSeriesParts(issues, lineOf(['series', 'part']), bag);
  checkAllocations(parsed, issues, lineOf(['copies']), bag);

  const { runningTotal, knownGaps } = publication.data.numbering;
  if (runningTotal.length) {
    const keys = (list: string[]) => list.map(parseIssueKey).filter((g): g is IssueId => g !== null);
    const anchors = runningTotal.map((a) => ({ issue: parseIssueKey(a.anchor)!, total: a.total }));
    const totals = runningTotals(issues, keys(knownGaps), anchors);
    for (const issue of issues) issue.runningTotal = totals.get(issue.key);
    for (const [i, j] of conflictingAnchors(issues, keys(knownGaps), anchors)) {
      bag.add({
        file: publication.file,
        line: publication.source.lineOf(['numbering', 'runningTotal', j, 'anchor']),
        field: 'numbering.runningTotal',
        message: `总期数的两个锚点 ${runningTotal[i]!.anchor}（总第${runningTotal[i]!.total}期）与 ${runningTotal[j]!.anchor}（总第${runningTotal[j]!.total}期）相互矛盾`,
        fix: '两期之间相隔几期，总期数就应相差几；核对后改正其中一个，或删去多余的锚点',
        rule: 'publication.anchor-conflict',
      });
    }
  }

  return {
    publication: { ...publication.data, printingOrgan },
    regions: vocabulary.regions,
    metrics: metrics.data,
    topics: topics.data,
    series,
    issues,
  };
}
