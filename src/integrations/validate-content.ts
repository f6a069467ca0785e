/**
 * Astro integration: validates the content tree before Astro reads it, so
 * that `astro build` fails with the editor's report (every error, with
 * file and line) instead of Astro's first-error stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../core/diagnostics.ts';
import { loadArchive } from '../core/load/index.ts';

export default function validateContent(): AstroIntegration {
  return {
    name: 'jianbao:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const result = loadArchive(fileURLToPath(config.root));
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
