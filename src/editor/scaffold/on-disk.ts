/**
 * What the content folder holds on disk, beside the loaded archive. Numbering
 * goes by the folders, not by the archive: an issue whose index.md has a
 * mistake is left out of the archive but still owns its number.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OnDisk } from './plan-issue.ts';

export function readOnDisk(root: string, contentDir: string): OnDisk {
  return {
    issues: issueFolders(join(root, contentDir, 'issues')),
    distributionIds: names(join(root, contentDir, 'distribution'))
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => n.slice(0, -'.yaml'.length))
      .sort(),
  };
}

/** File names in an issue folder, for choosing a free article slug. */
export function filesIn(root: string, folder: string): string[] {
  return names(join(root, folder));
}

function names(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

function issueFolders(issuesDir: string): OnDisk['issues'] {
  const found: { year: number; number: number }[] = [];
  for (const year of names(issuesDir).filter((n) => /^\d{4}$/.test(n))) {
    for (const number of names(join(issuesDir, year)).filter((n) => /^\d+$/.test(n))) {
      found.push({ year: Number(year), number: Number(number) });
    }
  }
  return found;
}
