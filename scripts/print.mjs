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
import { setFlagsFromString } from 'node:v8';

// One issue never repays optimising harfbuzz's wasm: V8 would compile its hot functions with TurboFan
// on a background thread, and Node waits for those jobs before the process exits (~150-250 ms of a
// 0.5 s run here). A tiering budget no run reaches keeps harfbuzz on its baseline code (Liftoff).
// Read when the module is instantiated, so it takes effect though set after V8 started.
setFlagsFromString('--wasm-tiering-budget=2000000000');
enableCompileCache?.(join(import.meta.dirname, '..', 'node_modules', '.cache', 'node-compile'));
const { importBundled } = await import('./lib/bundled.mjs');
try {
  await importBundled(join(import.meta.dirname, 'commands', 'print.ts'));
} catch (error) {
  // A bug, not bad input (that is reported as such). Its stack, without Node's echo of the bundle's one long line.
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
}
// Written out now, then exit: left to Node's own exit, writing the cache and tearing down
// took another ~100 ms of every run (npm run bench:print).
flushCompileCache?.();
process.exit(process.exitCode ?? 0);
