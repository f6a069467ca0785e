/**
 * npm run print -- 2025/24 [--numbered] [--out <file>]
 * A cold start is mostly compiling modules: Node's compile cache keeps them
 * between runs, so the command proper is imported only once it is on.
 */
import { enableCompileCache, flushCompileCache } from 'node:module';
import { join } from 'node:path';

enableCompileCache?.(join(import.meta.dirname, '..', 'node_modules', '.cache', 'node-compile'));
await import('./commands/print.ts');
// Written out now, then exit: left to Node's own exit, writing the cache and tearing down
// took another ~100 ms of every run (npm run bench:print).
flushCompileCache?.();
process.exit(process.exitCode ?? 0);
