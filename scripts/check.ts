/**
 * npm run check — validates the whole content tree and lists every mistake
 * at once, as `file:line  field  message（修改：fix）`. Exits 1 on errors.
 */
import { resolve } from 'node:path';
import { formatReport } from '../src/core/diagnostics.ts';
import { loadArchive } from '../src/core/load/index.ts';

const args = process.argv.slice(2);
const dirIndex = args.indexOf('--content');
const dir = dirIndex >= 0 ? args[dirIndex + 1] : 'content';
if (!dir) {
  console.error('用法：npm run check [-- --content <内容文件夹>]');
  process.exit(2);
}

const result = loadArchive(resolve('.'), dir);
console.log(formatReport(result.diagnostics));
if (result.archive && result.errorCount === 0) {
  const articles = result.archive.issues.reduce((n, i) => n + i.articles.length, 0);
  console.log(`共 ${result.archive.issues.length} 期、${articles} 篇文章。`);
}
process.exit(result.errorCount > 0 ? 1 : 0);
