/** The same content builds a byte-identical dist/. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileHashes } from '../helpers/file-hashes.ts';
import { makeProjectCopy, runScript } from '../helpers/project-copy.ts';

describe('deterministic output', () => {
  it('a second build from another folder gives byte-identical files', () => {
    const copy = makeProjectCopy();
    try {
      // Drawn afresh (no cache), compared with the shared build (which may have used the cache).
      const result = runScript(copy, 'scripts/build.ts', [], { JIANBAO_CACHE: 'off' });
      expect(result.status, result.stderr).toBe(0);
      const first = fileHashes(inject('siteDir'));
      expect(Object.keys(first).length).toBeGreaterThan(25);
      expect(fileHashes(join(copy, 'dist'))).toEqual(first);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
