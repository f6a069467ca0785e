/**
 * The archive a command line loaded, kept for its next run for as long as
 * nothing it was loaded from has changed: the content files read (paths and
 * exact texts, the folders and other files beside them) and the office's
 * font files (size and modification time; validation reads them). Printing
 * the same issue again (a reprint, the numbered run after the master, a
 * second look) then reads the content tree and compares it, instead of
 * parsing and validating it: Markdown, YAML and zod are not even loaded.
 * Any change, one character of one file, and the archive is loaded afresh.
 *
 * Only an archive without errors is kept, so every mistake is reported on
 * every run. The caller names the file per version of the code (the
 * launcher's cache prefix) and passes the loader in, so that this module
 * does not load it: a command imports the loader only when it is needed.
 *
 * What is kept is what printing an issue reads: the publication and that
 * issue (an archive without it is not kept: the command lists the issues
 * there are).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { serialize } from 'node:v8';
import type { Diagnostic } from '../diagnostics.ts';
import type { Archive } from '../model.ts';
import type { IssueId } from '../numbering.ts';
import { readKept, writeKept } from './kept-file.ts';
import { readContentTree, type ContentTree } from './read-tree.ts';

/** What a print reads of the archive (from the cache: the one issue printed). */
export type PrintArchive = Pick<Archive, 'publication' | 'issues'>;

export interface CachedLoad {
  archive: PrintArchive | undefined;
  diagnostics: Diagnostic[];
  errorCount: number;
}

interface Stored {
  /** The content tree as read, serialized: compared byte for byte. */
  tree: Uint8Array;
  fonts: [string, number, string][];
  archive: PrintArchive;
  diagnostics: Diagnostic[];
}

/**
 * The archive of `root`/`dir` with `articlesOf`'s articles, from `file` when
 * it still holds for the files as they are now, else from `load()` (and kept
 * in `file`). Without a file, just `load()`.
 */
export async function loadArchiveCached(
  root: string,
  dir: string,
  articlesOf: IssueId,
  file: string | undefined,
  load: (tree?: ContentTree) => Promise<CachedLoad & { archive: Archive | undefined }>,
): Promise<CachedLoad> {
  const tree = file ? readContentTree(root, dir, articlesOf) : null;
  if (!file || !tree) return load();
  const key = serialize([tree.files.map((f) => [f.path, f.text]), tree.folders, tree.otherFiles]);
  const stored = readKept(file, isStored);
  if (stored && Buffer.from(stored.tree).equals(key) && sameFonts(stored.fonts)) {
    return { archive: stored.archive, diagnostics: stored.diagnostics, errorCount: 0 };
  }
  const loaded = await load(tree);
  // Kept: the issue asked for, not the whole archive (whose other issues a print does not read).
  const issues = loaded.archive?.issues.filter((i) => i.year === articlesOf.year && i.number === articlesOf.number) ?? [];
  if (loaded.archive && loaded.errorCount === 0 && issues.length > 0) {
    const archive: PrintArchive = { publication: loaded.archive.publication, issues };
    // Never fails the command: a font file gone since validation, a read-only folder, and the next run loads afresh.
    writeKept(file, () => ({ tree: key, fonts: fontStats(root, archive), archive, diagnostics: loaded.diagnostics }));
  }
  return loaded;
}

function isStored(value: unknown): value is Stored {
  const stored = value as Partial<Stored> | undefined;
  return stored?.tree instanceof Uint8Array && Array.isArray(stored.fonts) && Array.isArray(stored.archive?.issues) && Array.isArray(stored.diagnostics);
}

/** The office's font files as they are now: validation read them, so a changed one means validating again. */
function fontStats(root: string, archive: PrintArchive): [string, number, string][] {
  return Object.values(archive.publication.print.fonts)
    .filter((path): path is string => Boolean(path))
    .map((path) => {
      const file = resolve(root, path);
      return [file, ...stamp(file)];
    });
}

function sameFonts(fonts: [string, number, string][]): boolean {
  return fonts.every(([file, size, mtime]) => {
    try {
      const [nowSize, nowMtime] = stamp(file);
      return nowSize === size && nowMtime === mtime;
    } catch {
      return false;
    }
  });
}

/** A file's size and modification time (ns, as text: a number would round it). */
function stamp(file: string): [number, string] {
  const s = statSync(file, { bigint: true });
  return [Number(s.size), String(s.mtimeNs)];
}
