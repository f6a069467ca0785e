/** One call from a content folder to an archive and every diagnostic: used by the CLI, the build and the site. */
import { DiagnosticBag, sortDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { buildArchive } from '../archive.ts';
import type { Archive } from '../model.ts';
import { parseContent, type ParsedContent } from './parse-content.ts';
import { readContentTree, type ContentTree } from './read-tree.ts';
import type { IssueId } from '../numbering.ts';
import type { YamlCache } from './yaml-source.ts';

export interface LoadResult {
  archive: Archive | undefined;
  /** The files as parsed, for checks that read the text itself (the copy lint). */
  parsed?: ParsedContent;
  diagnostics: Diagnostic[];
  errorCount: number;
}

export interface LoadOptions {
  /**
   * Read only this issue's articles (every issue's index.md still, for the numbering):
   * for `npm run print`, which prints one issue of what may be a 20-year archive.
   * The other issues' articles are then neither read nor checked.
   */
  articlesOf?: IssueId;
  /** Parsed YAML from earlier runs (a command line's; see yaml-cache.ts). */
  yamlCache?: YamlCache;
  /** The content tree, when the caller has just read it (archive-cache.ts compares it first). */
  tree?: ContentTree;
}

export function loadArchive(root: string, dir = 'content', options: LoadOptions = {}): LoadResult {
  const bag = new DiagnosticBag();
  const tree = options.tree ?? readContentTree(root, dir, options.articlesOf);
  if (!tree) {
    bag.add({
      file: dir,
      line: 0,
      field: '(文件夹)',
      message: `找不到内容文件夹“${dir}”`,
      fix: `在项目根目录下建立 ${dir}/（含 publication.yaml 和 issues/），或检查文件夹名是否拼错`,
      rule: 'tree.missing-content',
    });
    return { archive: undefined, diagnostics: bag.items, errorCount: bag.errorCount };
  }
  const parsed = parseContent(tree, bag, options.yamlCache);
  const archive = buildArchive(parsed, bag);
  return { archive, parsed, diagnostics: sortDiagnostics(bag.items), errorCount: bag.errorCount };
}
