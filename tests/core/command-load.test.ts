/**
 * How a command line loads the archive (src/core/load/command-load.ts):
 * afresh through fresh-load.ts, from the launcher's bundle of it when there
 * is one and from its sources when not, and from what it kept on the runs
 * after, without loading it at all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadForCommand } from '../../src/core/load/command-load.ts';
import { loadArchive } from '../../src/core/load/index.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const scratch = mkdtempSync(join(tmpdir(), 'jianbao-command-load-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const ISSUE = { year: 2025, number: 24 };
const FRESH_LOAD = resolve(PROJECT, 'src/core/load/fresh-load.ts');

describe('loadForCommand', () => {
  const scoped = loadArchive(PROJECT, 'content', { articlesOf: ISSUE });
  const printed = scoped.archive!.issues.find((i) => i.year === ISSUE.year && i.number === ISSUE.number)!;

  it('loads afresh from its sources without a launcher, then takes what it kept without loading', async () => {
    const cachePrefix = join(scratch, 'sources');
    const first = await loadForCommand(PROJECT, ISSUE, { cachePrefix });
    expect(first.errorCount).toBe(0);
    expect(first.archive!.publication).toEqual(scoped.archive!.publication);
    expect(first.archive!.issues.find((i) => i.key === printed.key)).toEqual(printed);
    const again = await loadForCommand(PROJECT, ISSUE, {
      cachePrefix,
      importBundled: () => Promise.reject(new Error('loaded afresh although nothing changed')),
    });
    expect(again.archive!.issues).toEqual([printed]);
  });

  it('loads afresh through the part the launcher offers', async () => {
    const asked: string[] = [];
    const loaded = await loadForCommand(PROJECT, ISSUE, {
      cachePrefix: join(scratch, 'launcher'),
      importBundled: (file) => {
        asked.push(file);
        return import(pathToFileURL(file).href);
      },
    });
    expect(asked).toEqual([FRESH_LOAD]);
    expect(loaded.archive!.issues.find((i) => i.key === printed.key)).toEqual(printed);
  });
});
