/**
 * Astro integration: validates the content tree before Astro reads it, so
 * that `astro build` fails with the editor's report (every error, with
 * file and line) instead of Astro's first-error stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../core/diagnostics.ts';
import { buildArchive } from '../build/build-archive.ts';
import { loadArchive } from '../core/load/index.ts';

export default function validateContent(): AstroIntegration {
  return {
    name: 'jianbao:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // A build loads once for every step; `astro dev` loads afresh each time it starts.
        const root = fileURLToPath(config.root);
        const result = command === 'build' ? buildArchive(root) : loadArchive(root);
        if (result.errorCount === 0) {
          for (const d of result.diagnostics) logger.warn(formatReport([d]).split('\n')[0]!);
          return;
        }
        const report = formatReport(result.diagnostics);
        if (command === 'dev') {
          logger.error(`\n${report}`);
          return;
        }
        // Print the report and stop; a thrown error would bury it under a stack trace.
        process.stderr.write(`\n${report}\n`);
        process.exit(1);
      },
    },
  };
}
