/** Builds throw-away content trees: the minimal valid fixture plus the changes a test makes. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadArchive, type LoadResult } from '../../src/core/load/index.ts';

export const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'minimal');

/** Path (relative to content/) → new text, or null to delete the file or folder. */
export type Overlay = Record<string, string | null>;

export function makeContentRoot(overlay: Overlay = {}, base = MINIMAL): string {
  const root = mkdtempSync(join(tmpdir(), 'jianbao-content-'));
  cpSync(base, join(root, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(overlay)) {
    const target = join(root, 'content', path);
    if (text === null) rmSync(target, { recursive: true, force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return root;
}

export function loadWith(overlay: Overlay): LoadResult {
  const root = makeContentRoot(overlay);
  try {
    return loadArchive(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
