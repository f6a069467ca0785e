/**
 * The copy lint of a whole content tree: every article's and issue's body,
 * and the article frontmatter values that are printed (title, committee).
 * Findings become warnings at file:line:column of the source; the safe ones
 * carry the exact edit `--fix` makes.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { normalizeNewlines } from '../load/markdown-source.ts';
import type { ParsedArticle, ParsedContent, ParsedIssue } from '../load/parse-content.ts';
import { DEFAULT_LINT_OPTIONS, type LintHit, type LintOptions } from './hit.ts';
import { lintText } from './lint-text.ts';
import { proseBlocks } from './prose-blocks.ts';

/** A replacement within one line of a file; lines are counted as in the editor, columns in UTF-16 units from 0. */
export interface LineEdit {
  line: number;
  index: number;
  old: string;
  replacement: string;
}

export interface LintDiagnostic extends Diagnostic {
  severity: 'warning';
  /** Present only on findings `--fix` may apply: safe, and written in the source exactly as linted. */
  edit?: LineEdit;
}

/** Frontmatter fields that reach the page and are linted like prose. */
const LINTED_FIELDS = ['title', 'committee'] as const;

export function lintOptionsOf(parsed: ParsedContent): LintOptions {
  return { latinSpacing: parsed.publication?.data.style.latinSpacing ?? DEFAULT_LINT_OPTIONS.latinSpacing };
}

export function lintArchive(parsed: ParsedContent, options: LintOptions = lintOptionsOf(parsed)): LintDiagnostic[] {
  const out: LintDiagnostic[] = [];
  for (const doc of [...parsed.issues, ...parsed.articles]) out.push(...lintBody(doc, options));
  const texts = new Map(parsed.files.map((f) => [f.path, normalizeNewlines(f.text)]));
  for (const article of parsed.articles) out.push(...lintFields(article, texts.get(article.file) ?? '', options));
  return sortDiagnostics(out) as LintDiagnostic[];
}

function lintBody(doc: ParsedIssue | ParsedArticle, options: LintOptions): LintDiagnostic[] {
  const lineStarts = lineStartsOf(doc.body);
  const out: LintDiagnostic[] = [];
  for (const block of proseBlocks(doc.body)) {
    for (const hit of lintText(block.text, options)) {
      const range = sourceRange(block.offsets, hit);
      const { line, index } = locate(lineStarts, range.start);
      const lineText = doc.body.slice(lineStarts[line]!, lineStarts[line + 1] ?? doc.body.length);
      const written = range.exact && doc.body.slice(range.start, range.end) === block.text.slice(hit.start, hit.end);
      out.push(
        warning(hit, {
          file: doc.file,
          line: doc.bodyStartLine + line,
          column: columnOf(lineText, index),
          field: '(正文)',
          edit: hit.safe && written ? { line: doc.bodyStartLine + line, index, old: block.text.slice(hit.start, hit.end), replacement: hit.replacement } : undefined,
        }),
      );
    }
  }
  return out;
}

/**
 * A field's value is linted where it is written: on its key's line, as a
 * plain or quoted scalar. A value that is not there verbatim (a folded
 * scalar, escapes) is still linted, but reported without a column or a fix.
 */
function lintFields(article: ParsedArticle, text: string, options: LintOptions): LintDiagnostic[] {
  const out: LintDiagnostic[] = [];
  const lines = text.split('\n');
  for (const field of LINTED_FIELDS) {
    const value = article.fields[field];
    if (!value || !article.source) continue;
    const line = article.source.lineOf([field]);
    const lineText = lines[line - 1] ?? '';
    const at = lineText.indexOf(value, lineText.indexOf(':') + 1);
    for (const hit of lintText(value, options)) {
      const index = at + hit.start;
      out.push(
        warning(hit, {
          file: article.file,
          line,
          column: at >= 0 ? columnOf(lineText, index) : undefined,
          field,
          edit: hit.safe && at >= 0 ? { line, index, old: value.slice(hit.start, hit.end), replacement: hit.replacement } : undefined,
        }),
      );
    }
  }
  return out;
}

interface Place {
  file: string;
  line: number;
  column: number | undefined;
  field: string;
  edit: LineEdit | undefined;
}

function warning(hit: LintHit, place: Place): LintDiagnostic {
  const d: LintDiagnostic = {
    file: place.file,
    line: place.line,
    field: place.field,
    message: hit.message,
    fix: hit.fix,
    severity: 'warning',
    rule: hit.rule,
  };
  if (place.column !== undefined) d.column = place.column;
  if (place.edit) d.edit = place.edit;
  return d;
}

/**
 * Body offsets of a hit. An insertion goes before the character that
 * follows it (or after the one before, at the end of a block); `exact` says
 * every character of the hit came from the source one-to-one.
 */
function sourceRange(offsets: number[], hit: LintHit): { start: number; end: number; exact: boolean } {
  if (hit.start === hit.end) {
    const next = offsets[hit.start] ?? -1;
    const prev = offsets[hit.start - 1] ?? -1;
    const at = next >= 0 ? next : prev >= 0 ? prev + 1 : -1;
    return { start: Math.max(at, 0), end: Math.max(at, 0), exact: at >= 0 };
  }
  const span = offsets.slice(hit.start, hit.end);
  const mapped = span.filter((o) => o >= 0);
  const first = mapped[0] ?? nearestBefore(offsets, hit.start);
  const exact = mapped.length === span.length && span.every((o, k) => k === 0 || o === span[k - 1]! + 1);
  return { start: first, end: exact ? span[span.length - 1]! + 1 : first, exact };
}

/** A character with no source offset is reported at the nearest one before it. */
function nearestBefore(offsets: number[], index: number): number {
  for (let k = index; k >= 0; k--) if ((offsets[k] ?? -1) >= 0) return offsets[k]!;
  return 0;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 0-based line of the body and UTF-16 index within it. */
function locate(lineStarts: number[], offset: number): { line: number; index: number } {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
  return { line, index: offset - lineStarts[line]! };
}

/** 1-based column counted in characters (code points), as the private-use check counts them. */
function columnOf(lineText: string, index: number): number {
  return [...lineText.slice(0, index)].length + 1;
}
