/**
 * The copy lint of a content folder, for the CLI: reads and parses the tree
 * the way loadArchive does (its errors are loadArchive's to report, so they
 * are dropped here) and lints what parsed.
 */
import { DiagnosticBag } from '../diagnostics.ts';
import { parseContent, type ParsedContent } from '../load/parse-content.ts';
import { readContentTree } from '../load/read-tree.ts';
import { lintArchive, type LintDiagnostic } from './lint-archive.ts';

export interface ContentLint {
  parsed: ParsedContent;
  diagnostics: LintDiagnostic[];
}

/** Undefined when there is no content folder (loadArchive reports that). */
export function lintContent(root: string, dir: string): ContentLint | undefined {
  const tree = readContentTree(root, dir);
  if (!tree) return undefined;
  const parsed = parseContent(tree, new DiagnosticBag());
  return { parsed, diagnostics: lintArchive(parsed) };
}
