/**
 * What `npm run new-issue` writes: the next issue folder with its index.md.
 * Pure: given the archive and the folders on disk, returns the file to write
 * or the reasons it cannot, in Chinese for the editor.
 */
import { parseIsoDate } from '../../core/dates.ts';
import type { Archive } from '../../core/model.ts';
import { seriesPartLabel, type IssueId } from '../../core/numbering.ts';
import { closest } from '../../core/text/closest.ts';
import { issueMarkdown, type NewFile } from '../content-files.ts';

export interface NewIssueOptions {
  /** YYYY-MM-DD; the issue's year follows from it. */
  date: string;
  seriesId?: string;
  distribution?: string;
  copies?: number | false;
}

export type Plan<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export interface NewIssuePlan {
  id: IssueId;
  folder: string;
  file: NewFile;
  /** “…专辑（五）” when the issue continues a series. */
  seriesLine?: string;
}

/** What is on disk besides the archive: issue folders (even invalid ones) and distribution list ids. */
export interface OnDisk {
  issues: readonly IssueId[];
  distributionIds: readonly string[];
}

/** The next number in the date's year (a new year starts at 1), or after the last issue when numbers run on. */
export function nextIssueNumber(existing: readonly IssueId[], year: number, restartsYearly: boolean): number {
  const pool = restartsYearly ? existing.filter((i) => i.year === year) : existing;
  return pool.reduce((max, i) => Math.max(max, i.number), 0) + 1;
}

/** The next part of a series: one after the highest part any issue has. */
export function nextSeriesPart(archive: Archive, seriesId: string): number {
  return archive.issues.reduce((max, i) => (i.series?.series.id === seriesId ? Math.max(max, i.series.part) : max), 0) + 1;
}

export function planNewIssue(archive: Archive, onDisk: OnDisk, contentDir: string, options: NewIssueOptions): Plan<NewIssuePlan> {
  const errors: string[] = [];
  const date = parseIsoDate(options.date);
  if (!date) errors.push(`日期“${options.date}”无效，应写成 2025-06-16 这样的格式`);

  let seriesPart: number | undefined;
  if (options.seriesId !== undefined) {
    const known = archive.series.map((s) => s.id);
    if (known.includes(options.seriesId)) seriesPart = nextSeriesPart(archive, options.seriesId);
    else errors.push(unknownMessage('专辑', options.seriesId, known, 'content/series.yaml'));
  }

  const distribution = options.distribution ?? archive.publication.defaultDistribution;
  if (options.distribution !== undefined && !onDisk.distributionIds.includes(options.distribution)) {
    errors.push(unknownMessage('分送名单', options.distribution, onDisk.distributionIds, `${contentDir}/distribution/`));
  }
  if (!date || errors.length > 0) return { ok: false, errors };

  const restartsYearly = archive.publication.numbering?.restartsYearly ?? true;
  const id: IssueId = { year: date.year, number: nextIssueNumber(onDisk.issues, date.year, restartsYearly) };

  // Dates rise with numbers: a date before the previous issue's would fail the check at once.
  const previous = archive.issues.filter((i) => (restartsYearly ? i.year === id.year : true)).at(-1);
  if (previous && previous.date > options.date) {
    return {
      ok: false,
      errors: [`日期 ${options.date} 早于上一期 ${previous.key}（${previous.date}），新的一期应在其后`],
    };
  }

  const folder = `${contentDir}/issues/${id.year}/${id.number}`;
  const content = issueMarkdown({
    date: options.date,
    ...(options.seriesId && seriesPart ? { series: { id: options.seriesId, part: seriesPart } } : {}),
    distribution,
    ...(options.copies !== undefined ? { copies: options.copies } : {}),
  });
  const series = archive.series.find((s) => s.id === options.seriesId);
  const seriesLine = series && seriesPart ? `${series.title}${seriesPartLabel(seriesPart)}` : undefined;
  return { ok: true, value: { id, folder, file: { path: `${folder}/index.md`, content }, ...(seriesLine ? { seriesLine } : {}) } };
}

function unknownMessage(what: string, value: string, known: readonly string[], where: string): string {
  const guess = closest(value, known);
  const hint = guess ? `，是否是“${guess}”？` : '。';
  return `未知${what}“${value}”${hint}可用的有：${known.join('、') || '（无）'}（定义在 ${where}）`;
}
