/**
 * npm run print -- 2025/24 [--numbered] [--out <file>]
 * A cold start is mostly compiling modules: Node's compile cache keeps them
 * between runs, so the command proper is imported only once it is on.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

enableCompileCache?.(join(import.meta.dirname, '..', 'node_modules', '.cache', 'node-compile'));
await import('./commands/print.ts');
