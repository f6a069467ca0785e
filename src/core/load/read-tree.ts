/** Reads the content folder into memory: the only module of the core that touches the file system. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
}

const TEXT_EXTENSIONS = /\.(md|markdown|ya?ml)$/i;

/** Returns null when the content folder does not exist. */
export function readContentTree(root: string, dir = 'content'): ContentTree | null {
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
        files.push({ path: rel, text: readFileSync(child, 'utf8') });
      } else {
        otherFiles.push(rel);
      }
    }
  };
  walk(base);
  return { root, dir, files, folders, otherFiles };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
