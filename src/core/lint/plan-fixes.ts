/**
 * What `--fix` writes: for each file with safe findings, its new text and
 * the changes, each shown in its line's context. Pure: the CLI reads and
 * writes the files.
 */
import type { SourceFile } from '../load/read-tree.ts';
import { applyEdits } from './apply-edits.ts';
import type { LineEdit, LintDiagnostic } from './lint-archive.ts';

export interface AppliedChange {
  file: string;
  line: number;
  column: number;
  rule: string;
  /** A little of the line around the change, before and after. */
  before: string;
  after: string;
}

export interface FileFix {
  path: string;
  text: string;
  changes: AppliedChange[];
}

const CONTEXT = 3;

export function planFixes(files: readonly SourceFile[], diagnostics: readonly LintDiagnostic[]): FileFix[] {
  const byFile = new Map<string, LintDiagnostic[]>();
  for (const d of diagnostics) if (d.edit) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const out: FileFix[] = [];
  for (const file of files) {
    const found = byFile.get(file.path);
    if (!found) continue;
    const result = applyEdits(file.text, found.map((d) => d.edit!));
    if (result.applied.length === 0 || result.text === file.text) continue;
    const rules = new Map(found.map((d) => [d.edit!, d.rule]));
    const lines = file.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    out.push({ path: file.path, text: result.text, changes: result.applied.map((e) => describe(file.path, lines[e.line - 1] ?? '', e, rules.get(e) ?? '')) });
  }
  return out;
}

function describe(file: string, lineText: string, edit: LineEdit, rule: string): AppliedChange {
  const head = [...lineText.slice(0, edit.index)];
  const left = head.slice(-CONTEXT).join('');
  const right = [...lineText.slice(edit.index + edit.old.length)].slice(0, CONTEXT).join('');
  return {
    file,
    line: edit.line,
    column: head.length + 1,
    rule,
    before: left + edit.old + right,
    after: left + edit.replacement + right,
  };
}
