/**
 * The benchmarks' generated archive: the same seed writes the same files,
 * another seed other files, and what it writes passes the content check
 * (errors and copy-lint warnings alike).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticArchive } from '../../scripts/lib/synthetic.ts';
import { lintContent } from '../../src/core/lint/lint-content.ts';
import { loadArchive } from '../../src/core/load/index.ts';
import { fileHashes } from '../helpers/file-hashes.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'jianbao-synthetic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const options = { seed: 7, issuesPerYear: 25, firstYear: 2023, years: 2 };

describe('the generated archive', () => {
  it('is the same for the same seed and differs for another', () => {
    writeSyntheticArchive(join(work, 'a'), join(PROJECT, 'content'), options);
    writeSyntheticArchive(join(work, 'b'), join(PROJECT, 'content'), options);
    writeSyntheticArchive(join(work, 'c'), join(PROJECT, 'content'), { ...options, seed: 8 });
    const a = fileHashes(join(work, 'a'));
    expect(Object.keys(a).length).toBeGreaterThan(100);
    expect(fileHashes(join(work, 'b'))).toEqual(a);
    expect(fileHashes(join(work, 'c'))).not.toEqual(a);
  });

  it('50 issues pass the check with no errors and no copy warnings', () => {
    const result = loadArchive(join(work, 'a'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.archive!.issues).toHaveLength(50);
    expect(lintContent(join(work, 'a'), 'content')?.diagnostics ?? []).toEqual([]);
  });
});
