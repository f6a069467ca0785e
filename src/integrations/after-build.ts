/**
 * The shape shared by the integrations that work on the finished site (PDFs,
 * cards, search index): they need the project root, the archive and dist/,
 * and they log how long they took, which `npm run bench` reads.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadArchive } from '../core/load/index.ts';
import type { Archive } from '../core/model.ts';

export interface AfterBuild {
  root: string;
  /** The site's base path, ending in `/`. */
  base: string;
  archive: Archive;
  /** dist/ (or the staging folder) as a path. */
  dir: string;
  logger: AstroIntegrationLogger;
  /** Seconds since this step started, for its log line. */
  elapsed(): string;
}

export function afterBuild(name: string, run: (step: AfterBuild) => Promise<void>): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name,
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { archive } = loadArchive(root);
        if (!archive) return; // validation has already reported why
        const elapsed = () => ((performance.now() - started) / 1000).toFixed(2);
        await run({ root, base, archive, dir: fileURLToPath(dir), logger, elapsed });
      },
    },
  };
}
