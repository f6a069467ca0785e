/**
 * A throw-away copy of the project (sources copied, node_modules linked), so
 * that tests run the real `npm run build` without touching the working dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '..', '..');
const COPIED = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function makeProjectCopy(content = join(PROJECT, 'content')): string {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-project-'));
  for (const name of COPIED) {
    if (existsSync(join(PROJECT, name))) cpSync(join(PROJECT, name), join(dir, name), { recursive: true });
  }
  cpSync(content, join(dir, 'content'), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's scripts (`scripts/build.ts`, `scripts/check.ts`) with the project's Node. */
export function runScript(cwd: string, script: string, args: string[] = [], env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, [join(cwd, script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
