/**
 * npm run print -- 2025/24 [--numbered] [--out <file>]
 * A cold start is mostly loading code, so this launcher is plain CommonJS
 * (a .ts entry makes Node load its TypeScript stripper first, ~40 ms; an ES
 * module, its module loader, ~5 ms) and
 * runs the command (scripts/commands/print.ts) from one bundled file
 * (scripts/lib/bundled.cjs), with V8's code cache of the previous run.
 */
'use strict';
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');

// One issue never repays optimising harfbuzz's wasm: V8 would compile its hot functions with TurboFan
// on a background thread, and Node waits for those jobs before the process exits (~150-250 ms of a
// 0.5 s run here). A tiering budget no run reaches keeps harfbuzz on its baseline code (Liftoff).
// Read when the module is instantiated, so it takes effect though set after V8 started.
setFlagsFromString('--wasm-tiering-budget=2000000000');
// Each harfbuzz function is validated when first compiled (all of them are compiled lazily anyway)
// instead of the whole 0.7 MB module before its first use: ~3-5 ms.
setFlagsFromString('--wasm-lazy-validation');
// Loading the archive afresh (the loader, zod, the YAML parser) is a part of its own: most runs reprint what they printed before.
require('./lib/bundled.cjs').runCommand(join(__dirname, 'commands', 'print.ts'), { parts: [join(__dirname, '..', 'src', 'core', 'load', 'fresh-load.ts')] });
