/**
 * One exported bulletin → the content files for its issue, with every
 * repair, every doubt and every suggestion for the report. Pure: reads
 * nothing from disk and writes nothing; `scope` carries what earlier files
 * of the same run have added (a new series, a new distribution list).
 */
import type { Series } from '../../core/model.ts';
import type { Region, RegionIndex } from '../../core/regions.ts';
import type { DistributionList } from '../../core/schemas/index.ts';
import { describeRegion } from '../../core/regions.ts';
import { bodyText } from './article-text.ts';
import { squash } from './characters.ts';
import type { ImportContext } from './content-context.ts';
import { chooseDistribution, type DistributionChoice, type PrintedDistribution } from './match-distribution.ts';
import { chooseSeries, type SeriesChoice } from './match-series.ts';
import { suggestMetrics, type MetricSuggestion } from './metric-suggestions.ts';
import { lineAt, type Paragraph } from './paragraphs.ts';
import { parseBulletin, type ArticleBlock, type Bulletin, type UnplacedBlock } from './parse-bulletin.ts';
import { pairQuotes } from './quotes.ts';
import { parseRecipients } from './recipients.ts';
import { removeFieldSpaces, repairCharacters } from './repairs.ts';
import { findSuspiciousTen, suggestTopics } from './text-hints.ts';
import { comparable, repairHeadline } from './titles.ts';
import { toContent, type ArticleDraft, type ContentPlan } from './to-content.ts';
import type { Finding, Repair, SourceLine } from './types.ts';

export interface BulletinOptions {
  /** The input file as the editor named it, for messages. */
  source: string;
  partial: boolean;
  /** --issue / --date: needed when the masthead is missing, and preferred over it when given. */
  issue?: { year: number; number: number };
  date?: string;
}

/** What the files of one run share: the content, and what earlier files added to it. */
export interface RunScope {
  ctx: ImportContext;
  lists: Map<string, DistributionList>;
  series: Series[];
}

export interface BulletinImport {
  source: string;
  issue?: { year: number; number: number; date: string; printedTotal?: number };
  plan?: ContentPlan;
  series?: { choice: SeriesChoice; part: number };
  distribution?: DistributionChoice;
  repairs: Repair[];
  findings: Finding[];
  /** Unplaced text and where it was kept. */
  unplaced: { from: number; to: number; reason: string; file: string }[];
  metrics: { file: string; suggestions: MetricSuggestion[] }[];
  topics: { file: string; labels: string[] }[];
  tens: { line: number; context: string }[];
}

export function splitLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, i) => ({ line: i + 1, text: t }));
}

export function importBulletin(text: string, options: BulletinOptions, scope: RunScope): BulletinImport {
  const { archive } = scope.ctx;
  const out: BulletinImport = { source: options.source, repairs: [], findings: [], unplaced: [], metrics: [], topics: [], tens: [] };
  const report = (severity: Finding['severity'], line: number, rule: string, message: string, fix?: string) =>
    out.findings.push({ line, severity, rule, message, ...(fix ? { fix } : {}) });

  const lines = splitLines(text).map((l) => {
    const r = repairCharacters(l);
    out.repairs.push(...r.repairs);
    return r.line;
  });
  const printingOrgans = [archive.publication.printingOrgan, ...[...scope.lists.values()].flatMap((l) => (l.printingOrgan ? [l.printingOrgan] : []))];
  const b = parseBulletin(lines, { publicationTitle: archive.publication.title, regions: archive.regions, printingOrgans });
  out.repairs.push(...b.repairs);
  const title = archive.publication.title;

  // Not a bulletin: say so once, clearly, and stop.
  if (!b.masthead && !options.partial) {
    const recognised = b.articles.filter((a) => a.lookup.kind === 'found' && a.committee).length;
    report(
      'error',
      0,
      'bulletin.no-masthead',
      `${options.source} 不是一期《${title}》：开头 12 行中既没有刊名“${title}”，也没有“第 N 期”${recognised ? `（其中可识别出 ${recognised} 篇文章）` : '，也没有可识别的“地区：标题”文章'}`,
      recognised ? '如果这是简报的一部分（只有文章），加 --partial --issue <年>/<期> --date <YYYY-MM-DD> 导入能识别的文章' : '请确认文件是否为从印刷版导出的简报正文',
    );
    // Nothing is imported, so there is nothing to list as repaired.
    out.repairs = [];
    return out;
  }

  const issue = issueOf(b, options, report, title, archive.publication.organ);
  const drafts = draftArticles(b, archive.regions, options.partial, out, report);
  if (drafts.length === 0) {
    report('error', 0, 'bulletin.no-articles', `${options.source} 中没有可识别的文章：文章应以“地区：标题”一行开头（地区见 content/regions.yaml），以“（……供稿）”结束`, '请确认文件是否为简报正文；只有部分文章能识别时加 --partial');
  }
  if (!issue || drafts.length === 0) return out;
  out.issue = issue;

  placeUnplaced(b.unplaced, drafts, out, report);
  checkContents(b, drafts, report);

  const distribution = distributionOf(b, issue, scope, options.partial, out, report);
  const series = seriesOf(b, scope, out, report);

  const note = bodyText(b.note);
  out.repairs.push(...note.repairs);
  out.findings.push(...note.findings);
  const plan = toContent(
    { ...issue, ...(series ? { series } : {}), distribution, note: note.paragraphs.map((p) => p.text), articles: drafts.map((d) => d.draft) },
    scope.ctx.dir,
    archive.regions,
    options.source,
  );
  out.plan = plan;
  drafts.forEach((d, i) => out.unplaced.push(...d.draft.appended.map(({ from, to, reason }) => ({ from, to, reason, file: plan.articles[i]!.file }))));

  drafts.forEach((d, i) => {
    const file = plan.articles[i]!.file;
    const metrics = d.paragraphs.flatMap((p) => suggestMetrics(p.text, (o) => lineAt(p, o), archive.metrics));
    if (metrics.length) out.metrics.push({ file, suggestions: metrics });
    const labels = suggestTopics([d.draft.headline, ...d.paragraphs.map((p) => p.text)].join('\n'), archive.topics);
    if (labels.length) out.topics.push({ file, labels });
    for (const p of d.paragraphs) for (const t of findSuspiciousTen(p.text)) out.tens.push({ line: lineAt(p, t.offset), context: t.context });
  });
  return out;
}

/** The series the series line names, added to the run's series when new (with a warning when it resembles one we have). */
function seriesOf(b: Bulletin, scope: RunScope, out: BulletinImport, report: Report): { id: string; part: number } | undefined {
  if (!b.series) return undefined;
  const { line, part } = b.series;
  const fixed = removeFieldSpaces({ line, text: b.series.title });
  const quoted = pairQuotes(fixed.line.text, () => line);
  out.repairs.push(...fixed.repairs, ...quoted.repairs);
  out.findings.push(...quoted.findings);
  const choice = chooseSeries(quoted.text, scope.series);
  out.series = { choice, part };
  if (choice.kind === 'new') {
    scope.series.push(choice.series);
    if (choice.similar) {
      report(
        'warning',
        line,
        'series.similar',
        `专辑“${choice.series.title}”与已有专辑“${choice.similar.title}”（${choice.similar.id}）相近，已按新专辑 ${choice.series.id} 导入`,
        `如是同一专辑：把该期 index.md 的 series.id 改为 ${choice.similar.id}，并从 series.yaml 删去 ${choice.series.id}`,
      );
    }
  }
  return { id: choice.series.id, part };
}

type Report = (severity: Finding['severity'], line: number, rule: string, message: string, fix?: string) => void;

const ISSUE_FIX = '用 --issue <年>/<期> --date <YYYY-MM-DD> 指定';

function issueOf(b: Bulletin, options: BulletinOptions, report: Report, title: string, organ: string): BulletinImport['issue'] {
  const m = b.masthead;
  if (!m) {
    if (!options.issue || !options.date) {
      report('error', 0, 'bulletin.issue-unknown', `${options.source} 没有报头，无法确定期号和出刊日期`, `${ISSUE_FIX}，例如 --issue 2023/8 --date 2023-05-10`);
      return undefined;
    }
  } else {
    if (m.titleLine === undefined) report('warning', m.number?.line ?? 0, 'masthead.no-title', `报头中没有刊名“${title}”`, `确认这是一期《${title}》`);
    for (const l of m.other) report('warning', l.line, 'masthead.other', `报头中的“${l.text.trim()}”无法识别，未导入`, '如是刊物的固定字样，无需处理');
    if (m.organ && m.organ.text !== squash(organ)) {
      report('warning', m.organ.line, 'masthead.organ', `报头的发文机关“${m.organ.text}”与 publication.yaml 的“${organ}”不同；发文机关只在 publication.yaml 写一处，网页和印刷版将显示后者`, '如需保留历史上的机关名称，请与维护人员商量');
    }
    if (!m.number && !options.issue) report('error', m.titleLine ?? 0, 'masthead.no-number', '报头中没有“第 N 期”', ISSUE_FIX);
    if (!m.date && !options.date) report('error', m.number?.line ?? m.titleLine ?? 0, 'masthead.no-date', '报头中没有出刊日期（如“2024 年 4 月 25 日”）', ISSUE_FIX);
  }
  const date = options.date ?? m?.date?.iso;
  const number = options.issue?.number ?? m?.number?.value;
  if (!date || !number) return undefined;
  const year = options.issue?.year ?? Number(date.slice(0, 4));
  if (Number(date.slice(0, 4)) !== year) {
    report('error', m?.date?.line ?? 0, 'masthead.date-year', `出刊日期 ${date} 不在 ${year} 年`, '核对 --issue 与 --date');
    return undefined;
  }
  if (options.issue && m?.number && m.number.value !== options.issue.number) {
    report('warning', m.number.line, 'masthead.overridden', `报头为第 ${m.number.value} 期，按 --issue 导入为第 ${options.issue.number} 期`);
  }
  if (options.date && m?.date && m.date.iso !== options.date) {
    report('warning', m.date.line, 'masthead.overridden', `报头日期为 ${m.date.iso}，按 --date 导入为 ${options.date}`);
  }
  return { year, number, date, ...(m?.number?.runningTotal ? { printedTotal: m.number.runningTotal } : {}) };
}

interface Drafted {
  block: ArticleBlock;
  draft: ArticleDraft;
  paragraphs: Paragraph[];
}

/** The region of a heading; an ambiguous name is settled by the committee's city when it can be. */
function regionOf(block: ArticleBlock, regions: RegionIndex, committee: string | undefined): { region?: Region; problem?: string } {
  const lookup = block.lookup;
  if (lookup.kind === 'found') return { region: lookup.region };
  if (lookup.kind === 'ambiguous') {
    const byCity = lookup.candidates.filter((c) => committee?.startsWith(regions.cityOf(c)?.name ?? '\u0000'));
    if (byCity.length === 1) return { region: byCity[0]! };
    return { problem: `地区“${block.regionText}”有歧义，可能是：${lookup.candidates.map(describeRegion).join('、')}` };
  }
  const hint = lookup.suggestions.length ? `，是否应为 ${lookup.suggestions.map(describeRegion).join('、')}？` : '';
  return { problem: `未知地区“${block.regionText}”${hint}` };
}

function draftArticles(b: Bulletin, regions: RegionIndex, partial: boolean, out: BulletinImport, report: Report): Drafted[] {
  const drafted: Drafted[] = [];
  for (const block of b.articles) {
    const committeeLine = block.committee ? removeFieldSpaces(block.committee) : undefined;
    const committee = committeeLine?.line.text;
    const { region, problem } = regionOf(block, regions, committee);
    const problems = [...(problem ? [problem] : []), ...(committee ? [] : ['没有找到“（……供稿）”一行'])];
    const body = bodyText(block.body);
    if (body.paragraphs.length === 0) problems.push('正文为空');
    if (problems.length || !region || !committee) {
      const what = `“${block.regionText}：${block.headline}”`;
      report(
        partial ? 'warning' : 'error',
        block.line,
        'article.unrecognised',
        `文章${what}无法导入：${problems.join('；')}${partial ? '。按 --partial，它的文字附在相邻文章之后' : ''}`,
        '修改导出文本中的标题行或补上供稿行后重新导入；地区须为 content/regions.yaml 中的名称',
      );
      if (partial) {
        b.unplaced.push({
          heading: { line: block.line, text: `${block.regionText}：${block.headline}` },
          lines: [...block.body, ...(block.committee ? [{ line: block.committee.line, text: `（${block.committee.text}供稿）` }] : [])],
          reason: '所属文章无法识别',
        });
      }
      continue;
    }
    out.repairs.push(...committeeLine!.repairs, ...body.repairs);
    out.findings.push(...body.findings);
    const toc = b.toc.find((e) => comparable(e.regionText) === comparable(block.regionText) && comparable(e.headline) === comparable(block.headline));
    const headline = repairHeadline(block.headline, block.line, toc?.headline);
    out.repairs.push(...headline.repairs);
    out.findings.push(...headline.findings);
    drafted.push({
      block,
      paragraphs: body.paragraphs,
      draft: { line: block.line, region, regionLabel: block.regionText, headline: headline.text, committee, paragraphs: body.paragraphs.map((p) => p.text), appended: [] },
    });
  }
  return drafted;
}

/** Unplaced text goes to the end of the article before it (or the first article, for text before any): kept, marked, reported. */
function placeUnplaced(blocks: readonly UnplacedBlock[], drafts: Drafted[], out: Pick<BulletinImport, 'repairs' | 'findings'>, report: Report): void {
  const firstLine = (u: UnplacedBlock) => u.heading?.line ?? u.lines[0]?.line ?? 0;
  for (const u of [...blocks].sort((x, y) => firstLine(x) - firstLine(y))) {
    const heading = u.heading ? repairHeadline(u.heading.text, u.heading.line) : undefined;
    const text = bodyText(u.lines);
    const paragraphs = [...(heading ? [heading.text] : []), ...text.paragraphs.map((p) => p.text)];
    if (paragraphs.length === 0) continue;
    out.repairs.push(...(heading?.repairs ?? []), ...text.repairs);
    // Stray text seldom ends a sentence (a caption, a title): that it is stray is the finding.
    out.findings.push(...text.findings.filter((f) => f.rule !== 'paragraph.unfinished'));
    const lines = [...(u.heading ? [u.heading] : []), ...u.lines].filter((l) => l.text.trim());
    const first = lines[0]!.line;
    const last = lines.at(-1)!.line;
    let index = drafts.findLastIndex((d) => d.block.line < first);
    if (index < 0) index = 0;
    const target = drafts[index]!;
    target.draft.appended.push({ from: first, to: last, reason: u.reason, paragraphs });
    report(
      'warning',
      first,
      'text.unplaced',
      `第 ${first}${last !== first ? `–${last}` : ''} 行的文字未能归位（${u.reason}），已附在“${target.draft.regionLabel}：${target.draft.headline}”正文末尾，前加“【导入待核……】”标记`,
      '对照原件把这些文字移到合适位置或删除，并删去标记段',
    );
  }
}

/** The contents lists each article once, in order; a difference is worth a look, not a refusal. */
function checkContents(b: Bulletin, drafts: readonly Drafted[], report: Report): void {
  if (b.toc.length === 0) return;
  const key = (region: string, headline: string) => comparable(`${region}：${headline}`);
  const headings = b.articles.map((a) => key(a.regionText, a.headline));
  const entries = b.toc.map((e) => key(e.regionText, e.headline));
  for (const [i, e] of b.toc.entries()) {
    if (!headings.includes(entries[i]!)) report('warning', e.line, 'toc.unmatched', `目录中的“${e.regionText}：${e.headline.trim()}”在正文中没有同名标题`, '对照原件核对目录与正文标题；网页和印刷版的目录由文章标题生成');
  }
  for (const d of drafts) {
    if (!entries.includes(key(d.block.regionText, d.block.headline))) report('warning', d.block.line, 'toc.missing', `标题“${d.block.regionText}：${d.block.headline.trim()}”不在目录中，或与目录写法不同`, '对照原件核对标题');
  }
  const order = headings.filter((h) => entries.includes(h));
  const tocOrder = entries.filter((e) => headings.includes(e));
  if (order.join('\n') !== tocOrder.join('\n')) report('warning', b.toc[0]!.line, 'toc.order', '目录中文章的顺序与正文不同；导入按正文顺序', '对照原件核对顺序');
}

function distributionOf(
  b: Bulletin,
  issue: { year: number; number: number },
  scope: RunScope,
  partial: boolean,
  out: BulletinImport,
  report: Report,
): DistributionChoice {
  const { publication } = scope.ctx.archive;
  const fallback = { id: publication.defaultDistribution };
  const d = b.distribution;
  if (!d || (d.send.length === 0 && d.deliver.length === 0)) {
    report(
      partial ? 'warning' : 'error',
      d?.footer?.line ?? 0,
      'distribution.missing',
      `没有找到分送栏（“送：……”“发：……”）${partial ? `，按 --partial 使用默认分送名单 ${fallback.id}` : ''}`,
      '对照原件补上分送栏后重新导入',
    );
    return fallback;
  }
  const send = parseRecipients(d.send);
  const deliver = parseRecipients(d.deliver);
  out.repairs.push(...send.repairs, ...deliver.repairs);
  out.findings.push(...send.findings, ...deliver.findings);
  if (!d.footer) report('warning', d.send[0]?.line ?? d.deliver[0]!.line, 'distribution.no-footer', '分送栏后没有“……印发”一行，按已有名单或刊物设置的印发机关处理');
  const printed: PrintedDistribution = {
    send: send.groups,
    deliver: deliver.groups,
    ...(d.footer ? { printingOrgan: d.footer.organ } : {}),
    ...(d.copies ? { copies: d.copies.value } : {}),
  };
  const choice = chooseDistribution(printed, { lists: scope.lists, defaultId: publication.defaultDistribution, printingOrgan: publication.printingOrgan }, issue);
  if (choice.created) scope.lists.set(choice.id, choice.created.list);
  out.distribution = choice;
  return choice;
}
