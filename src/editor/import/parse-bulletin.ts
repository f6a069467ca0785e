/**
 * Repaired lines → the parts of a bulletin: masthead, series line, contents,
 * articles (heading, body lines, committee line), distribution block. Lines
 * that fit none of them are kept as `unplaced`, with their input lines, so
 * the importer can put them somewhere visible; nothing is dropped here.
 */
import type { RegionIndex, RegionLookup } from '../../core/regions.ts';
import { squash } from './characters.ts';
import {
  matchCommittee,
  matchCopies,
  matchDate,
  matchEditorNote,
  matchFooter,
  matchIssueNumber,
  matchRecipientsLabel,
  matchSeriesLine,
  tocBullet,
} from './line-patterns.ts';
import { comparable, splitTitle } from './titles.ts';
import type { Repair, SourceLine } from './types.ts';

export interface ParseContext {
  publicationTitle: string;
  regions: RegionIndex;
  /** Organs known to print the bulletin (publication.yaml, distribution lists): a body line ending in 印发 is not a footer. */
  printingOrgans?: readonly string[];
}

export interface Masthead {
  titleLine?: number;
  number?: { value: number; runningTotal?: number; line: number };
  organ?: { text: string; line: number };
  date?: { iso: string; line: number };
  /** Lines of the masthead area that are none of these (内部资料, another title…): reported, not imported. */
  other: SourceLine[];
}

export interface TocEntry {
  line: number;
  regionText: string;
  headline: string;
}

export interface ArticleBlock {
  line: number;
  regionText: string;
  /** Headline as exported (characters repaired, spaces not yet). */
  headline: string;
  lookup: RegionLookup;
  body: SourceLine[];
  /** Text inside （…供稿）, with its line. */
  committee?: SourceLine;
}

export interface RecipientLines {
  send: SourceLine[];
  deliver: SourceLine[];
  footer?: { organ: string; line: number };
  copies?: { value: number; line: number };
}

export interface UnplacedBlock {
  /** The title line of an article that could not be imported: a paragraph of its own. */
  heading?: SourceLine;
  lines: SourceLine[];
  /** Why it fits nowhere, for the report. */
  reason: string;
}

export interface Bulletin {
  masthead?: Masthead;
  series?: { title: string; part: number; line: number };
  toc: TocEntry[];
  /** 编者按, without its label. */
  note: SourceLine[];
  articles: ArticleBlock[];
  distribution?: RecipientLines;
  unplaced: UnplacedBlock[];
  /** Headings a PDF broke over two lines, joined again by the contents. */
  repairs: Repair[];
}

interface Heading {
  regionText: string;
  headline: string;
  lookup: RegionLookup;
}

/** How many non-blank lines from the top may hold the masthead. */
const MASTHEAD_LINES = 12;
/** Longest heading text (region, “：” and headline) still read as a title rather than body text. */
const MAX_TITLE = 64;

/** “地区：标题” whose region is one of ours (or ambiguous between two of ours); `loose` also takes an unknown 某某县. */
function asHeading(text: string, ctx: ParseContext, loose = false): Heading | null {
  if (tocBullet(text) !== null) return null;
  const parts = splitTitle(text);
  if (!parts || squash(text).length > MAX_TITLE || /[。；，、：]$/.test(text.trim())) return null;
  const lookup = ctx.regions.resolve(parts.regionText);
  if (lookup.kind !== 'unknown') return { ...parts, lookup };
  // A title whose region is not in regions.yaml is still a title, so that its article is reported rather than swallowed.
  if (loose && /^\p{Script=Han}{2,10}(?:市|县|区)$/u.test(parts.regionText) && squash(parts.headline).length <= 40) return { ...parts, lookup };
  return null;
}

function readMasthead(lines: readonly SourceLine[], ctx: ParseContext): { masthead?: Masthead; next: number } {
  const m: Masthead = { other: [] };
  const organ: SourceLine[] = [];
  const title = squash(ctx.publicationTitle);
  let seen = 0;
  let i = 0;
  for (; i < lines.length && seen < MASTHEAD_LINES; i++) {
    const l = lines[i]!;
    let sq = squash(l.text);
    if (!sq) continue;
    seen++;
    if (sq.length > 40 || startsBody(l.text, sq, ctx)) break;
    if (sq.startsWith(title) || sq.startsWith(`《${title}》`)) {
      m.titleLine ??= l.line;
      sq = sq.slice(sq.startsWith(title) ? title.length : title.length + 2);
      if (!sq) continue;
    }
    const number = matchIssueNumber(sq);
    if (number) {
      m.number = { value: number.number, line: l.line, ...(number.runningTotal ? { runningTotal: number.runningTotal } : {}) };
      continue;
    }
    const date = matchDate(sq);
    if (date) {
      m.date = { iso: date, line: l.line };
      i++;
      break;
    }
    if (m.titleLine !== undefined || m.number) organ.push(l);
    else m.other.push(l);
  }
  if (m.titleLine === undefined && !m.number) return { next: 0 };
  if (organ.length) m.organ = { text: organ.map((l) => squash(l.text)).join(''), line: organ[0]!.line };
  return { masthead: m, next: i };
}

/** A line that cannot belong to the masthead any more. */
function startsBody(text: string, sq: string, ctx: ParseContext): boolean {
  return (
    tocBullet(text) !== null ||
    matchSeriesLine(sq) !== null ||
    asHeading(text, ctx) !== null ||
    matchCommittee(text) !== null ||
    matchRecipientsLabel(text) !== null ||
    matchFooter(sq) !== null
  );
}

type State = 'front' | 'article' | 'between' | 'distribution' | 'end';

export function parseBulletin(lines: readonly SourceLine[], ctx: ParseContext): Bulletin {
  const { masthead, next } = readMasthead(lines, ctx);
  const b: Bulletin = { toc: [], note: [], articles: [], unplaced: [], repairs: [], ...(masthead ? { masthead } : {}) };
  let state: State = 'front';
  let inNote = false;
  let article: ArticleBlock | undefined;
  let half: 'send' | 'deliver' | undefined;
  // The unplaced block the previous non-blank line went to: consecutive stray lines stay together.
  let stray: UnplacedBlock | undefined;
  let previousStray: UnplacedBlock | undefined;

  const unplaced = (l: SourceLine, reason: string) => {
    stray = previousStray?.reason === reason ? previousStray : undefined;
    if (!stray) {
      stray = { lines: [], reason };
      b.unplaced.push(stray);
    }
    stray.lines.push(l);
  };
  const nextNonBlank = (from: number) => {
    for (let k = from; k < lines.length; k++) if (lines[k]!.text.trim()) return k;
    return -1;
  };

  for (let i = next; i < lines.length; i++) {
    const l = lines[i]!;
    const sq = squash(l.text);
    if (!sq) {
      if (state === 'article') article!.body.push(l);
      else if (stray) stray.lines.push(l);
      continue;
    }
    previousStray = stray;
    stray = undefined;

    if (state === 'distribution' || state === 'end') {
      const label = matchRecipientsLabel(l.text);
      const footer = matchFooter(sq);
      const copies = matchCopies(sq);
      const d = b.distribution!;
      if (label && state === 'distribution') {
        half = label.half;
        d[half].push({ line: l.line, text: label.rest });
      } else if (footer && !d.footer) {
        d.footer = { organ: footer.organ, line: l.line };
        if (footer.copies !== undefined) d.copies = { value: footer.copies, line: l.line };
        state = 'end';
      } else if (copies !== null && !d.copies) {
        d.copies = { value: copies, line: l.line };
      } else if (state === 'distribution' && half) {
        d[half].push(l);
      } else unplaced(l, '位于分送栏之后');
      continue;
    }

    const bullet = state === 'front' ? tocBullet(l.text) : null;
    if (bullet !== null) {
      const parts = splitTitle(bullet);
      if (parts) b.toc.push({ line: l.line, ...parts });
      else unplaced(l, '目录中无法识别为“地区：标题”的一行');
      continue;
    }
    const series = state === 'front' && !b.series && b.articles.length === 0 ? matchSeriesLine(sq) : null;
    if (series) {
      b.series = { ...series, line: l.line };
      continue;
    }

    const heading = asHeading(l.text, ctx, state !== 'article');
    if (heading) {
      const after = nextNonBlank(i + 1);
      // Contents without bullets: title lines (of known regions) that follow one another before any article starts.
      if (b.articles.length === 0 && after >= 0 && asHeading(lines[after]!.text, ctx)) {
        b.toc.push({ line: l.line, regionText: heading.regionText, headline: heading.headline });
        continue;
      }
      article = { line: l.line, ...heading, body: [] };
      i = joinBrokenHeading(article, lines, i, b);
      b.articles.push(article);
      state = 'article';
      inNote = false;
      continue;
    }

    const committee = matchCommittee(l.text);
    if (committee && (state === 'article' || state === 'between')) {
      const before = l.text.slice(0, committee.start).trim();
      if (state === 'article' && before) article!.body.push({ line: l.line, text: before });
      if (state === 'article' && !article!.committee) {
        article!.committee = { line: l.line, text: committee.committee };
        state = 'between';
      } else unplaced(l, '多出的供稿行');
      continue;
    }

    const label = matchRecipientsLabel(l.text);
    if (label) {
      b.distribution = { send: [], deliver: [] };
      half = label.half;
      b.distribution[half].push({ line: l.line, text: label.rest });
      state = 'distribution';
      continue;
    }
    const footer = matchFooter(sq);
    // Inside an article only a known organ's 印发 ends it (…制定并印发 is body text); after a committee line any short one does.
    const isFooter = footer && (ctx.printingOrgans?.includes(footer.organ) || (state === 'between' && footer.organ.length <= 30));
    if (footer && isFooter && b.articles.length > 0) {
      b.distribution ??= { send: [], deliver: [] };
      b.distribution.footer = { organ: footer.organ, line: l.line };
      if (footer.copies !== undefined) b.distribution.copies = { value: footer.copies, line: l.line };
      state = 'end';
      continue;
    }

    if (state === 'article') {
      article!.body.push(l);
      continue;
    }
    if (state === 'front') {
      const note = matchEditorNote(l.text);
      if (note !== null) inNote = true;
      if (inNote) {
        if (note !== '') b.note.push({ line: l.line, text: note ?? l.text });
        continue;
      }
      unplaced(l, '位于第一篇文章之前，不是报头、专辑名或目录');
    } else unplaced(l, '位于供稿行之后、下一篇文章之前');
  }
  return b;
}

/**
 * A heading the PDF broke over two lines (“……主题” / “活动”) is rejoined
 * when the contents lists the whole title; returns the last line used.
 */
function joinBrokenHeading(article: ArticleBlock, lines: readonly SourceLine[], i: number, b: Bulletin): number {
  const whole = (e: TocEntry) => comparable(`${e.regionText}：${e.headline}`);
  let text = comparable(`${article.regionText}：${article.headline}`);
  if (b.toc.length === 0 || b.toc.some((e) => whole(e) === text)) return i;
  const target = b.toc.map(whole).find((t) => t.startsWith(text));
  if (!target) return i;
  let k = i + 1;
  const used: SourceLine[] = [];
  while (k < lines.length && text.length < target.length) {
    const l = lines[k]!;
    const part = comparable(l.text);
    if (part && !target.startsWith(text + part)) break;
    if (part) {
      used.push(l);
      text += part;
    }
    k++;
  }
  if (text !== target) return i;
  for (const l of used) {
    b.repairs.push({
      line: l.line,
      kind: 'line-join',
      before: `${article.headline.slice(-6)}⏎${l.text.trim().slice(0, 6)}`,
      after: article.headline.slice(-6) + l.text.trim().slice(0, 6),
      message: `标题跨行：第 ${l.line} 行接回第 ${article.line} 行的标题（与目录一致）`,
    });
    article.headline += l.text.trim();
  }
  return k - 1;
}
