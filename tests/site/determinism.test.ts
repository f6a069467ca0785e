/** The same content builds a byte-identical dist/. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { makeProjectCopy, runScript } from '../helpers/project-copy.ts';

function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('deterministic output', () => {
  it('a second build from another folder gives byte-identical files', () => {
    const copy = makeProjectCopy();
    try {
      // Drawn afresh (no cache), compared with the shared build (which may have used the cache).
      const result = runScript(copy, 'scripts/build.ts', [], { JIANBAO_CACHE: 'off' });
      expect(result.status, result.stderr).toBe(0);
      const first = digest(inject('siteDir'));
      expect(Object.keys(first).length).toBeGreaterThan(25);
      expect(digest(join(copy, 'dist'))).toEqual(first);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
