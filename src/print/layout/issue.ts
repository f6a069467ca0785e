/**
 * An issue's print edition, laid out: the stream of grid lines (series line,
 * table of contents, articles), broken into pages, with the masthead on page
 * 1, the distribution block at the foot of the last page and page numbers.
 */
import type { Archive, Article, Issue } from '../../core/model.ts';
import { formatChineseDate } from '../../core/dates.ts';
import { recipientsLine } from '../../core/distribution.ts';
import { numberLabel, seriesPartLabel } from '../../core/numbering.ts';
import type { Blocks, PrintProblem } from '../content/blocks.ts';
import type { IssueContent } from '../content/issue-content.ts';
import { AREA_BOTTOM, AREA_LEFT, AREA_RIGHT, AREA_WIDTH, FOLIO_BASELINE, FOLIO_SIZE, LINES_PER_PAGE, LINE_HEIGHT, LINE_PITCH, baseline, lineTop } from '../geometry.ts';
import { cellAt } from '../measure/measure.ts';
import { distributionHeight, layoutDistribution, setDistribution } from './distribution-block.ts';
import { layoutMasthead } from './masthead.ts';
import { paginate, type GridLine } from './paginate.ts';
import { lineWidth, setLines, shift, type FontSet } from './set-lines.ts';
import { setCentred } from './title.ts';
import type { GlyphOp, PageOps, TextLine } from './types.ts';

export const TITLE_SIZE = 22;

export interface IssueLayout {
  pages: PageOps[];
  problems: (PrintProblem & { file: string })[];
}

type Line = GridLine<TextLine>;

/** `content`: the blocks of the issue's Markdown (issue-content.ts). */
export function layoutIssue(archive: Pick<Archive, 'publication'>, issue: Issue, content: IssueContent, fonts: FontSet): IssueLayout {
  const problems: IssueLayout['problems'] = [];
  const stream: Line[] = [];
  let paragraphId = 0;
  const blank = (keepWithNext = false): Line => ({ blank: true, keepWithNext });
  const paragraph = (lines: TextLine[], keepWithNext = false) => {
    const id = paragraphId++;
    lines.forEach((content, index) => stream.push({ content, keepWithNext, paragraph: { id, index, count: lines.length } }));
  };
  const body = (spans: Parameters<typeof setLines>[0], options: Partial<Parameters<typeof setLines>[2]> = {}) =>
    setLines(spans, fonts, { size: 16, width: AREA_WIDTH, ...options });

  if (issue.series) {
    paragraph(setCentred([{ text: `${issue.series.series.title}${seriesPartLabel(issue.series.part)}`, role: 'title' }], fonts, 16, AREA_WIDTH));
    stream.push(blank());
  }
  if (content.note) {
    const { blocks, problems: p } = content.note;
    problems.push(...p.map((x) => ({ ...x, file: issue.file })));
    blocks.forEach((b, i) => paragraph(body([...(i === 0 ? [{ text: '编者按：', role: 'heiti' as const }] : []), ...b.spans.map((s) => ({ ...s, source: { file: issue.file, line: s.line } }))], { indentCells: 2 })));
    stream.push(blank());
  }
  for (const a of issue.articles) {
    paragraph(body([{ text: a.displayTitle, role: 'body', source: { file: a.file, line: a.lines.title } }], { marker: { text: '＊　', role: 'body' } }));
  }
  issue.articles.forEach((a, i) => {
    stream.push(blank());
    layoutArticle(a, content.articles[i]!, fonts, stream, paragraph, problems);
  });

  const masthead = layoutMasthead(
    { title: archive.publication.title, number: numberLabel(issue), organ: archive.publication.organ, date: formatChineseDate(issue.date) },
    fonts,
  );
  const pagesOfLines = paginate(stream, LINES_PER_PAGE - masthead.lines, LINES_PER_PAGE);
  const pages: PageOps[] = pagesOfLines.map((lines, p) => pageOps(lines, p === 0 ? masthead.lines : 0));
  pages[0]!.glyphs.unshift(...masthead.ops.glyphs);
  pages[0]!.rules.push(...masthead.ops.rules);

  placeDistribution(issue, fonts, pages, pagesOfLines, masthead.lines);
  pages.forEach((page, i) => page.glyphs.push(...folio(i + 1, fonts)));
  return { pages, problems };
}

function layoutArticle(a: Article, body: Blocks, fonts: FontSet, stream: Line[], paragraph: (lines: TextLine[], keep?: boolean) => void, problems: IssueLayout['problems']): void {
  paragraph(setCentred([{ text: a.displayTitle, role: 'title', source: { file: a.file, line: a.lines.title } }], fonts, TITLE_SIZE, AREA_WIDTH), true);
  stream.push({ blank: true, keepWithNext: true });
  const { blocks, problems: p } = body;
  problems.push(...p.map((x) => ({ ...x, file: a.file })));
  for (const block of blocks) {
    const spans = block.spans.map((s) => ({ text: s.text, role: s.role, source: { file: a.file, line: s.line } }));
    paragraph(setLines(spans, fonts, { size: 16, width: AREA_WIDTH, indentCells: block.indent ? 2 : 0, ...(block.marker ? { marker: { text: block.marker, role: 'body' as const } } : {}) }));
  }
  const committee = setLines([{ text: `（${a.committee}供稿）`, role: 'body', source: { file: a.file, line: a.lines.committee } }], fonts, { size: 16, width: AREA_WIDTH });
  paragraph(committee.map((l, k) => (k === committee.length - 1 ? shift(l, AREA_WIDTH - lineWidth(l)) : l)));
}

function pageOps(lines: readonly Line[], firstLine: number): PageOps {
  const glyphs: GlyphOp[] = [];
  lines.forEach((line, k) => {
    if (!line.content) return;
    for (const g of line.content.glyphs) glyphs.push({ ...g, x: AREA_LEFT + g.x, y: baseline(firstLine + k, line.content.size) });
  });
  return { glyphs, rules: [] };
}

/** The block goes under the last text, or onto a page of its own when it does not fit there. */
function placeDistribution(issue: Issue, fonts: FontSet, pages: PageOps[], pagesOfLines: Line[][], mastheadLines: number): void {
  const d = issue.distribution;
  const sections = setDistribution({ send: recipientsLine(d.send), deliver: recipientsLine(d.deliver), printingOrgan: d.printingOrgan, copies: d.copies }, fonts);
  const lastLines = pagesOfLines.at(-1) ?? [];
  const used = (pagesOfLines.length === 1 ? mastheadLines : 0) + lastLines.length;
  const textBottom = lineTop(used - 1) + LINE_HEIGHT;
  const fits = AREA_BOTTOM - distributionHeight(sections) >= textBottom + LINE_PITCH;
  if (!fits) pages.push({ glyphs: [], rules: [] });
  const block = layoutDistribution(sections);
  pages.at(-1)!.glyphs.push(...block.glyphs);
  pages.at(-1)!.rules.push(...block.rules);
}

/** “— N —”, 14 pt, odd pages right and even pages left, one character in. */
function folio(n: number, fonts: FontSet): GlyphOp[] {
  const [line] = setLines([{ text: `— ${n} —`, role: 'body' }], fonts, { size: FOLIO_SIZE, width: AREA_WIDTH });
  const width = lineWidth(line!);
  const cell = cellAt(FOLIO_SIZE);
  const left = n % 2 === 1 ? AREA_RIGHT - cell - width : AREA_LEFT + cell;
  return line!.glyphs.map((g) => ({ ...g, x: left + g.x, y: FOLIO_BASELINE }));
}
