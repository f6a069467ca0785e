/**
 * npm run import -- <file.txt> [...] [--partial] [--content <dir>] [--dry-run]
 *                   [--issue <year>/<number> --date <YYYY-MM-DD>]
 * Turns plain-text bulletins exported from the print edition into content,
 * and prints the import report. Writes nothing when anything is wrong; exits 1.
 */
import { resolve } from 'node:path';
import { parseIsoDate } from '../src/core/dates.ts';
import { parseIssueKey } from '../src/core/numbering.ts';
import { formatRunReport } from '../src/editor/import/report.ts';
import { runImport, type RunOptions } from '../src/editor/import/run-import.ts';

const USAGE =
  '用法：npm run import -- <导出的文本.txt> [...] [--partial] [--dry-run] [--content <内容文件夹>] [--issue <年>/<期> --date <YYYY-MM-DD>]';

function parseArgs(args: string[]): { files: string[]; options: RunOptions } | string {
  const files: string[] = [];
  const options: RunOptions = { contentDir: 'content', partial: false, dryRun: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i];
    if (arg === '--partial') options.partial = true;
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--content') {
      const dir = value();
      if (!dir) return '--content 后面应写内容文件夹';
      options.contentDir = dir;
    } else if (arg === '--issue') {
      const issue = parseIssueKey(value() ?? '');
      if (!issue) return '--issue 应写成“年/期号”，如 --issue 2023/8';
      options.issue = issue;
    } else if (arg === '--date') {
      const date = value() ?? '';
      if (!parseIsoDate(date)) return '--date 应写成 YYYY-MM-DD 的有效日期，如 --date 2023-05-10';
      options.date = date;
    } else if (arg.startsWith('--')) return `未知选项“${arg}”`;
    else files.push(arg);
  }
  if (files.length === 0) return '没有指定要导入的文件';
  if (Boolean(options.issue) !== Boolean(options.date)) return '--issue 与 --date 要一起给出';
  return { files, options };
}

const parsed = parseArgs(process.argv.slice(2));
if (typeof parsed === 'string') {
  console.error(`${parsed}\n${USAGE}`);
  process.exit(2);
}
const result = runImport(resolve('.'), parsed.files, parsed.options);
console.log(formatRunReport(result, parsed.options.dryRun));
process.exit(result.ok ? 0 : 1);
