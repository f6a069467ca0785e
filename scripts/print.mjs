/**
 * npm run print -- 2025/24 [--numbered] [--out <file>]
 * A cold start is mostly loading code, so this launcher is plain JavaScript
 * (a .ts entry makes Node load its TypeScript stripper first, ~40 ms) and
 * runs the command (scripts/commands/print.ts) from one bundled file
 * (scripts/lib/bundled.mjs), compiled once and kept by Node's compile cache,
 * which is turned on before anything is imported.
 */
import { enableCompileCache, flushCompileCache } from 'node:module';
import { join } from 'node:path';

enableCompileCache?.(join(import.meta.dirname, '..', 'node_modules', '.cache', 'node-compile'));
const { importBundled } = await import('./lib/bundled.mjs');
await importBundled(join(import.meta.dirname, 'commands', 'print.ts'));
// Written out now, then exit: left to Node's own exit, writing the cache and tearing down
// took another ~100 ms of every run (npm run bench:print).
flushCompileCache?.();
process.exit(process.exitCode ?? 0);
