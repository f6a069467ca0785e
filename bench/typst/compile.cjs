/**
 * node bench/typst/compile.cjs 2025/24 --out <file> [--source <file.typ>]
 * Runs bench/typst/compile.ts (archive → Typst source → Typst → PDF) the way
 * scripts/print.cjs runs the print command: plain-CommonJS launcher, one
 * bundled file, V8's code cache. Both cold runs of the print benchmark
 * then load the archive with the same code at the same cost, and differ
 * only in the engine. The Typst compiler is a native addon: left outside
 * the bundle.
 */
'use strict';
const { join } = require('node:path');

require('../../scripts/lib/bundled.cjs').runCommand(join(__dirname, 'compile.ts'), {
  external: ['@myriaddreamin/typst-ts-node-compiler'],
  // As scripts/print.cjs: the archive loaded afresh only when the command's caches do not hold.
  parts: [join(__dirname, '..', '..', 'src', 'core', 'load', 'fresh-load.ts')],
});
