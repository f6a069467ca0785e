/** Reads the content folder into memory: the one place the core reads content files (the office's font files and a command line's caches are read where they are checked and kept). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { IssueId } from '../numbering.ts';

export interface SourceFile {
  /** Path relative to the project root, forward slashes: `content/issues/2025/24/index.md`. */
  path: string;
  text: string;
}

export interface ContentTree {
  /** Project root the paths are relative to. */
  root: string;
  /** Content folder relative to root, e.g. `content`. */
  dir: string;
  files: SourceFile[];
  /** Folders (relative paths) found, so that empty issue folders can be reported. */
  folders: string[];
  /** Files that are not read as text (images, stray documents), so that none is ignored silently. */
  otherFiles: string[];
  /** Set when only this issue's articles were read (every issue's index.md was). */
  onlyArticlesOf?: IssueId;
}

const TEXT_EXTENSIONS = /\.(md|markdown|ya?ml)$/i;

/**
 * Returns null when the content folder does not exist. `onlyArticlesOf`:
 * the articles of other issues are not read, for a command that needs one
 * issue and the numbering of all.
 */
export function readContentTree(root: string, dir = 'content', onlyArticlesOf?: IssueId): ContentTree | null {
  const base = join(root, dir);
  if (!isDirectory(base)) return null;
  const files: SourceFile[] = [];
  const folders: string[] = [];
  const otherFiles: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      if (name.startsWith('.')) continue;
      const child = join(abs, name);
      const rel = relative(root, child).split(sep).join('/');
      if (isDirectory(child)) {
        folders.push(rel);
        walk(child);
      } else if (TEXT_EXTENSIONS.test(name)) {
        if (onlyArticlesOf && isOtherArticle(rel, dir, onlyArticlesOf)) continue;
        files.push({ path: rel, text: readFileSync(child, 'utf8') });
      } else {
        otherFiles.push(rel);
      }
    }
  };
  walk(base);
  return { root, dir, files, folders, otherFiles, ...(onlyArticlesOf ? { onlyArticlesOf } : {}) };
}

/** An article (not an index.md) of an issue other than `issue`. */
function isOtherArticle(path: string, dir: string, issue: IssueId): boolean {
  const folder = path.slice(0, path.lastIndexOf('/'));
  return !path.endsWith('/index.md') && folder.split('/').length === dir.split('/').length + 3 && !isIssueFolder(folder, dir, issue);
}

/** Whether `folder` (`content/issues/2025/24`) is the folder of `issue`. */
export function isIssueFolder(folder: string, dir: string, issue: IssueId): boolean {
  const [issues, year, number] = folder.slice(dir.length + 1).split('/');
  return issues === 'issues' && Number(year) === issue.year && Number(number) === issue.number;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
