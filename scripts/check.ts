/**
 * npm run check — validates the whole content tree and lists every mistake
 * at once, as `file:line  field  message（修改：fix）`, then the copy lint's
 * warnings (`file:line:col`). Exits 1 on errors; warnings fail only with
 * `--strict`. `--fix` first applies the safe copy fixes to the files.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatReport } from '../src/core/diagnostics.ts';
import { loadArchive } from '../src/core/load/index.ts';
import { lintArchive } from '../src/core/lint/lint-archive.ts';
import { lintContent } from '../src/core/lint/lint-content.ts';
import { planFixes, type AppliedChange } from '../src/core/lint/plan-fixes.ts';

const USAGE = '用法：npm run check [-- --content <内容文件夹>] [--strict] [--fix]';
/** A fix can make another one possible (，, → ，，→ ，); a few rounds reach the point where nothing is left to fix. */
const MAX_FIX_ROUNDS = 5;

const args = process.argv.slice(2);
const dirIndex = args.indexOf('--content');
const dir = dirIndex >= 0 ? args[dirIndex + 1] : 'content';
const unknown = args.filter((a, i) => !['--content', '--strict', '--fix'].includes(a) && (dirIndex < 0 || i !== dirIndex + 1));
if (!dir || unknown.length > 0) {
  console.error(USAGE);
  process.exit(2);
}
const strict = args.includes('--strict');
const root = resolve('.');

if (args.includes('--fix')) printChanges(fixAll(root, dir));

const result = loadArchive(root, dir);
const lint = result.parsed ? lintArchive(result.parsed) : [];
console.log(formatReport([...result.diagnostics, ...lint]));
if (result.archive && result.errorCount === 0) {
  const articles = result.archive.issues.reduce((n, i) => n + i.articles.length, 0);
  console.log(`共 ${result.archive.issues.length} 期、${articles} 篇文章。`);
}
const fixable = lint.filter((d) => d.edit).length;
if (fixable > 0) console.log(`其中 ${fixable} 个警告可由 npm run check -- --fix 自动修改。`);
if (strict && lint.length > 0) console.log('已启用 --strict：有警告即视为不通过。');
process.exit(result.errorCount > 0 || (strict && lint.length > 0) ? 1 : 0);

/** Lints, writes the safe fixes, and lints again, until a round changes nothing. */
function fixAll(root: string, dir: string): AppliedChange[] {
  const changes: AppliedChange[] = [];
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const linted = lintContent(root, dir);
    if (!linted) break;
    const fixes = planFixes(linted.parsed.files, linted.diagnostics);
    if (fixes.length === 0) break;
    for (const fix of fixes) {
      writeFileSync(join(root, fix.path), fix.text);
      changes.push(...fix.changes);
    }
  }
  return changes;
}

function printChanges(changes: AppliedChange[]): void {
  for (const c of changes) console.log(`${c.file}:${c.line}:${c.column}  已修改：“${c.before}” → “${c.after}”`);
  console.log(changes.length > 0 ? `已自动修改 ${changes.length} 处，以下是修改后的检查结果。\n` : '没有可自动修改的地方。\n');
}
