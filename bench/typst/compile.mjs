/**
 * node bench/typst/compile.mjs 2025/24 --out <file> [--source <file.typ>]
 * Runs bench/typst/compile.ts (archive → Typst source → Typst → PDF) the way
 * scripts/print.mjs runs the print command: plain-JavaScript launcher, one
 * bundled file, V8's code cache. Both cold runs of the print benchmark
 * then load the archive with the same code at the same cost, and differ
 * only in the engine. The Typst compiler is a native addon: left outside
 * the bundle.
 */
import { join } from 'node:path';

const { runCommand } = await import('../../scripts/lib/bundled.mjs');
await runCommand(join(import.meta.dirname, 'compile.ts'), { external: ['@myriaddreamin/typst-ts-node-compiler'] });
