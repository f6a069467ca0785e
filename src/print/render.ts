/**
 * One issue to its print edition: fonts, layout, the checks that keep the
 * PDF honest (every character drawable, nothing Markdown-only dropped), and
 * the PDF bytes.
 */
import type { Archive, Issue } from '../core/model.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { issueLabel } from '../core/numbering.ts';
import { loadFont } from './fonts/font.ts';
import { FONT_ROLES, ROLE_NAMES, fontFiles } from './fonts/roles.ts';
import { drawPdf } from './draw/pdf.ts';
import { layoutIssue } from './layout/issue.ts';
import { issueContent, type BlocksCache } from './content/issue-content.ts';
import type { FontSet } from './layout/set-lines.ts';
import type { PageOps } from './layout/types.ts';

export interface PrintResult {
  bytes: Uint8Array | undefined;
  pages: number;
  diagnostics: Diagnostic[];
}

export function loadFonts(root: string, archive: Pick<Archive, 'publication'>): FontSet {
  const files = fontFiles(root, archive.publication.print.fonts);
  return Object.fromEntries(FONT_ROLES.map((role) => [role, loadFont(role, files[role])])) as FontSet;
}

export interface PrintOptions {
  /** Blocks of Markdown kept between runs (`npm run print`). */
  blocksCache?: BlocksCache;
}

/** The print engine reads the publication settings and the issue, nothing else of the archive (a worker thread gets just these). */
export async function printIssue(
  root: string,
  archive: Pick<Archive, 'publication'>,
  issue: Issue,
  fonts = loadFonts(root, archive),
  { blocksCache }: PrintOptions = {},
): Promise<PrintResult> {
  const layout = layoutIssue(archive, issue, await issueContent(issue, blocksCache), fonts);
  const diagnostics: Diagnostic[] = layout.problems.map((p) => ({
    file: p.file,
    line: p.line,
    field: '(印刷)',
    message: p.message,
    fix: p.fix,
    severity: 'error',
    rule: 'print.unsupported-markdown',
  }));
  diagnostics.push(...missingGlyphs(layout.pages, fonts, issue));
  if (diagnostics.length) return { bytes: undefined, pages: layout.pages.length, diagnostics };
  const bytes = await drawPdf(layout.pages, fonts, {
    title: `${archive.publication.title} ${issueLabel(issue)}`,
    author: archive.publication.organ,
    subject: issue.articles.map((a) => a.displayTitle).join('；'),
    date: issue.date,
  });
  return { bytes, pages: layout.pages.length, diagnostics };
}

/** A character the font cannot draw would print as a blank box: name it, with its place and code point. */
function missingGlyphs(pages: readonly PageOps[], fonts: FontSet, issue: Issue): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const page of pages) {
    for (const g of page.glyphs) {
      if (g.text.trim() === '' || fonts[g.role].has(g.text)) continue;
      const file = g.source?.file ?? issue.file;
      const line = g.source?.line ?? 0;
      const key = `${file}:${line}:${g.text}:${g.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const cp = [...g.text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
      out.push({
        file,
        line,
        field: '(字符)',
        message: `印刷字体（${ROLE_NAMES[g.role]}）没有字符“${g.text}”（${cp}），印出来会是空白`,
        fix: '换用常用字或同义写法；确需此字时，在 publication.yaml 的 print.fonts 中为该用途指定含此字的字体',
        severity: 'error',
        rule: 'print.missing-glyph',
      });
    }
  }
  return out;
}
