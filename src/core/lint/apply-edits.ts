/**
 * Applies line edits to a file's text and leaves every other byte as it was:
 * line endings (LF, CRLF), a byte-order mark, the frontmatter. Edits go from
 * the end of the file backwards so that earlier positions stay valid; an
 * edit whose text is no longer where it was, or that overlaps one already
 * made, is skipped (the next round of `--fix` sees it afresh).
 */
import type { LineEdit } from './lint-archive.ts';

export interface EditResult {
  text: string;
  applied: LineEdit[];
}

export function applyEdits(raw: string, edits: readonly LineEdit[]): EditResult {
  const lines = splitKeepingEndings(raw);
  const bom = raw.startsWith('\uFEFF') ? 1 : 0;
  const applied: LineEdit[] = [];
  const ordered = [...edits].sort((a, b) => b.line - a.line || b.index - a.index || b.old.length - a.old.length);
  let fence = { line: Infinity, index: Infinity };
  for (const edit of ordered) {
    const end = edit.index + edit.old.length;
    const overlaps = edit.line === fence.line && (end > fence.index || (end === fence.index && edit.old.length === 0 && edit.index === fence.index));
    const row = lines[edit.line - 1];
    if (overlaps || !row) continue;
    const at = edit.index + (edit.line === 1 ? bom : 0);
    if (row.body.slice(at, at + edit.old.length) !== edit.old) continue;
    row.body = row.body.slice(0, at) + edit.replacement + row.body.slice(at + edit.old.length);
    applied.push(edit);
    fence = { line: edit.line, index: edit.index };
  }
  return { text: lines.map((l) => l.body + l.ending).join(''), applied: applied.reverse() };
}

interface Row {
  body: string;
  ending: string;
}

/** Lines as the editor counts them (\n, \r\n or a lone \r), each with its own ending kept. */
function splitKeepingEndings(text: string): Row[] {
  return [...text.matchAll(/([^\r\n]*)(\r\n|\r|\n|$)/g)]
    .filter((m, i, all) => !(m[0] === '' && i === all.length - 1 && i > 0))
    .map((m) => ({ body: m[1]!, ending: m[2]! }));
}
