/**
 * Builds the sample content once, with the real `npm run build`, in a copy of
 * the project; the site and browser tests read the result.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { makeProjectCopy, runScript } from './project-copy.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    buildOutput: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = makeProjectCopy();
  const result = runScript(dir, 'scripts/build.ts');
  if (result.status !== 0) {
    throw new Error(`sample site build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('siteDir', join(dir, 'dist'));
  project.provide('buildOutput', result.stdout + result.stderr);
  return () => rmSync(dir, { recursive: true, force: true });
}
