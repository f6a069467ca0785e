/**
 * The content an import lands in, read once: the archive (regions, series,
 * issues), the distribution lists as written, and a way to run every check of
 * `npm run check` on the content as it would be after the import — in memory,
 * before anything is written.
 */
import { IMPORT_MARK_RULE } from '../../core/rules/placeholders.ts';
import { buildArchive } from '../../core/archive.ts';
import { DiagnosticBag, sortDiagnostics, type Diagnostic } from '../../core/diagnostics.ts';
import { parseContent } from '../../core/load/parse-content.ts';
import { readContentTree, type ContentTree } from '../../core/load/read-tree.ts';
import type { Archive } from '../../core/model.ts';
import type { DistributionList } from '../../core/schemas/index.ts';
import type { NewFile } from '../content-files.ts';

export interface ImportContext {
  root: string;
  /** Content folder relative to root: `content`. */
  dir: string;
  tree: ContentTree;
  archive: Archive;
  distributions: Map<string, DistributionList>;
  /** Diagnostics of the content before the import, so that only new ones are blamed on it. */
  baseline: Diagnostic[];
}

interface Checked {
  archive: Archive | undefined;
  diagnostics: Diagnostic[];
}

function check(tree: ContentTree): Checked & { distributions: Map<string, DistributionList> } {
  const bag = new DiagnosticBag();
  const parsed = parseContent(tree, bag);
  const archive = buildArchive(parsed, bag);
  const distributions = new Map([...parsed.distributions].map(([id, p]) => [id, p.data]));
  return { archive, diagnostics: sortDiagnostics(bag.items), distributions };
}

export function loadImportContext(root: string, dir: string): ImportContext | { error: string; diagnostics: Diagnostic[] } {
  const tree = readContentTree(root, dir);
  if (!tree) return { error: `找不到内容文件夹“${dir}”`, diagnostics: [] };
  const { archive, diagnostics, distributions } = check(tree);
  if (!archive) return { error: `内容文件夹“${dir}”中的刊物设置或词表有错误，无法导入`, diagnostics };
  return { root, dir, tree, archive, distributions, baseline: diagnostics };
}

/** The checks of `npm run check` on the content with `files` added (or replaced), without touching the disk. */
export function checkWith(ctx: ImportContext, files: readonly NewFile[]): Checked {
  const byPath = new Map(ctx.tree.files.map((f) => [f.path, f]));
  for (const f of files) byPath.set(f.path, { path: f.path, text: f.content });
  const folders = new Set(ctx.tree.folders);
  for (const f of files) {
    const parts = f.path.split('/');
    for (let k = ctx.dir.split('/').length + 1; k < parts.length; k++) folders.add(parts.slice(0, k).join('/'));
  }
  const tree: ContentTree = { ...ctx.tree, files: [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path)), folders: [...folders].sort() };
  const { archive, diagnostics } = check(tree);
  return { archive, diagnostics };
}

const key = (d: Diagnostic) => [d.file, d.rule, d.message].join('\u0000');

/** Diagnostics that the import brings: not in the content before it. */
export function newDiagnostics(ctx: ImportContext, after: readonly Diagnostic[]): Diagnostic[] {
  const before = new Set(ctx.baseline.map(key));
  // The importer's own 【导入待核】 marks are meant to stop the check until an editor has looked; they are listed in the report.
  return after.filter((d) => !before.has(key(d)) && d.rule !== IMPORT_MARK_RULE);
}
