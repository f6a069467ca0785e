/**
 * The shape shared by the build's own steps (PDFs, cards, search index).
 * None of them needs Astro's pages, so each starts when the build starts and
 * works alongside Astro (in worker threads, or Pagefind's own process) while
 * the pages render; when the pages are done it writes what it made into
 * dist/. A step that fails stops the build with its report, never a stack
 * trace, and the build script leaves dist/ untouched.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildArchive } from '../build/build-archive.ts';
import type { Archive } from '../core/model.ts';

export interface BuildStep {
  root: string;
  /** The site's base path, ending in `/`. */
  base: string;
  archive: Archive;
  logger: AstroIntegrationLogger;
  /** Seconds since this step started, for its log line (`npm run bench` reads it). */
  elapsed(): string;
}

/** What a step does once dist/ exists: write its files into `dir`. Returns its log line. */
export type WriteOut = (dir: string) => string | Promise<string>;

/** A report for the editor (file, line, fix), printed as is. */
export class StepFailure extends Error {}

export function buildStep(name: string, start: (step: BuildStep) => Promise<WriteOut>): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let running: Promise<WriteOut | Error> | undefined;
  return {
    name,
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': ({ logger }) => {
        const { archive } = buildArchive(root);
        if (!archive) return; // validation has already reported why
        const started = performance.now();
        const step: BuildStep = { root, base, archive, logger, elapsed: () => ((performance.now() - started) / 1000).toFixed(2) };
        // Caught here and reported at build:done: a rejection left waiting would crash the build early with a stack trace.
        running = start(step).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!running) return;
        const outcome = await running;
        if (outcome instanceof Error) {
          process.stderr.write(`\n${outcome instanceof StepFailure ? outcome.message : `${name}：${outcome.stack ?? outcome.message}`}\n`);
          process.exit(1);
        }
        logger.info(await outcome(fileURLToPath(dir)));
      },
    },
  };
}
