/**
 * An issue of the archive as a Typst main file for bench/typst/bulletin.typ:
 * the benchmark's Typst counterpart of the print engine's layout step.
 * Markdown is converted minimally: paragraphs, simple lists, headings,
 * **bold** (a run-in heading in the sans), *emphasis*, `code` and links as
 * text; every other character reaches Typst escaped, as plain text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Archive, Issue } from '../../src/core/model.ts';
import { formatChineseDate } from '../../src/core/dates.ts';
import { recipientsLine } from '../../src/core/distribution.ts';
import { numberLabel, seriesPartLabel } from '../../src/core/numbering.ts';

export const TYPST_DIR = dirname(fileURLToPath(import.meta.url));
export const TEMPLATE_PATH = join(TYPST_DIR, 'bulletin.typ');

/**
 * The font directories Typst searches: the weights the print engine uses
 * (its roles body, title/emphasis, masthead, heiti), from the same npm packages.
 */
export function typstFontPaths(root: string): string[] {
  const fonts = join(root, 'node_modules/@expo-google-fonts');
  return [
    join(fonts, 'noto-serif-sc/400Regular'),
    join(fonts, 'noto-serif-sc/700Bold'),
    join(fonts, 'noto-serif-sc/900Black'),
    join(fonts, 'noto-sans-sc/500Medium'),
  ];
}

/**
 * Characters with a meaning in Typst markup, escaped with a backslash so they
 * print as themselves: code (#), math ($), strong (*), emph (_), raw (`),
 * labels and references (< > @), content brackets ([ ]), the escape itself
 * (\), and the shorthands and line-start syntax that would otherwise turn
 * text into something else (~ nbsp, - and -- dashes, ... ellipsis, ' and "
 * smart quotes, = headings, + and - lists, / term lists and // comments, :
 * in URLs).
 */
const MARKUP_SPECIAL = /[\\#$*_`<>@[\]~'"\-+=/.:]/g;

export function escapeMarkup(text: string): string {
  return text.replace(MARKUP_SPECIAL, '\\$&');
}

/** A Typst string literal. */
export function typstString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

/** Soft line breaks: nothing between Chinese characters, a space between Latin words. */
function joinLines(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .reduce((acc, line) => (acc && /[A-Za-z0-9]$/.test(acc) && /^[A-Za-z0-9]/.test(line) ? `${acc} ${line}` : acc + line), '');
}

const INLINE = /\\([\\`*_{}[\]()#+\-.!<>~|])|\*\*(.+?)\*\*|__(.+?)__|\*(?=\S)(.+?)\*|_(?=\S)(.+?)_|`([^`]+)`|\[([^\]]*)\]\(([^)\s]*)\)/g;

/** Inline Markdown to Typst markup. */
export function inlineMarkup(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out += escapeMarkup(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [, escaped, strong, strong2, em, em2, code, linkText, url] = m;
    if (escaped !== undefined) out += escapeMarkup(escaped);
    else if (strong !== undefined || strong2 !== undefined) out += `#run-in[${inlineMarkup(strong ?? strong2 ?? '')}]`;
    else if (em !== undefined || em2 !== undefined) out += `#emph-bold[${inlineMarkup(em ?? em2 ?? '')}]`;
    else if (code !== undefined) out += escapeMarkup(code);
    else if (linkText !== undefined) {
      out += inlineMarkup(linkText);
      if (url && url !== linkText) out += escapeMarkup(`（${url}）`);
    }
  }
  return out + escapeMarkup(text.slice(last));
}

const LIST_ITEM = /^\s{0,3}(?:([-*+])|(\d+)[.)])\s+(.*)$/;

/** Block Markdown to Typst markup: paragraphs separated by blank lines. */
export function markdownToTypst(markdown: string): string {
  const out: string[] = [];
  for (const block of markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (!lines.length) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(lines[0]!);
    if (heading && lines.length === 1) {
      out.push(`#block(par(first-line-indent: 0pt, run-in[${inlineMarkup(heading[1] ?? '')}]))`);
      continue;
    }
    if (LIST_ITEM.test(lines[0]!)) {
      // Each item starts at a marker; other lines continue the item before.
      const items: { marker: string; lines: string[] }[] = [];
      for (const line of lines) {
        const m = LIST_ITEM.exec(line);
        if (m) items.push({ marker: m[2] !== undefined ? `${m[2]}.` : '•', lines: [m[3] ?? ''] });
        else items.at(-1)?.lines.push(line);
      }
      for (const item of items) out.push(`#item(${typstString(item.marker)})[${paragraphMarkup(item.lines)}]`);
      continue;
    }
    out.push(paragraphMarkup(lines));
  }
  return out.join('\n\n');
}

/** One paragraph; a hard break (two trailing spaces or a backslash) becomes a Typst line break. */
function paragraphMarkup(lines: readonly string[]): string {
  const segments: string[][] = [[]];
  for (const line of lines) {
    const hard = / {2,}$/.test(line) || /\\$/.test(line);
    segments.at(-1)!.push(hard ? line.replace(/\s*\\?$/, '') : line);
    if (hard) segments.push([]);
  }
  return segments
    .filter((s) => s.length)
    .map((s) => inlineMarkup(joinLines(s)))
    .join(' #linebreak() ');
}

/** The generated main file: imports the template (from the workspace root) and calls it with the issue. */
export function issueToTypst(archive: Pick<Archive, 'publication'>, issue: Issue, template = '/bulletin.typ'): string {
  const d = issue.distribution;
  const send = recipientsLine(d.send);
  const deliver = recipientsLine(d.deliver);
  const articles = issue.articles.map(
    (a) =>
      `    (\n      title: ${typstString(a.displayTitle)},\n      committee: ${typstString(a.committee)},\n      body: [\n${markdownToTypst(a.body)}\n      ],\n    ),`,
  );
  return [
    `#import ${typstString(template)}: *`,
    `#bulletin(`,
    `  title: ${typstString(archive.publication.title)},`,
    `  number: ${typstString(numberLabel(issue))},`,
    `  organ: ${typstString(archive.publication.organ)},`,
    `  date: ${typstString(formatChineseDate(issue.date))},`,
    `  subject: ${typstString(issue.articles.map((a) => a.displayTitle).join('；'))},`,
    `  series: ${issue.series ? typstString(`${issue.series.series.title}${seriesPartLabel(issue.series.part)}`) : 'none'},`,
    `  note: ${issue.note.trim() ? `[#run-in[编者按：]${markdownToTypst(issue.note)}]` : 'none'},`,
    `  articles: (`,
    ...articles,
    `  ),`,
    `  send: ${send ? typstString(send) : 'none'},`,
    `  deliver: ${deliver ? typstString(deliver) : 'none'},`,
    `  printing-organ: ${typstString(d.printingOrgan)},`,
    `  copies: ${d.copies === null ? 'none' : String(d.copies)},`,
    `)`,
    '',
  ].join('\n');
}

/** The template's text, for writing beside a generated main file. */
export function templateSource(): string {
  return readFileSync(TEMPLATE_PATH, 'utf8');
}
