/**
 * npm run print -- 2025/24 [--numbered] [--out <file>]
 * Writes one issue's print edition (dist/pdf/2025-24.pdf) and a summary for
 * staff; --numbered writes the numbered run of all copies in one PDF.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatReport } from '../../src/core/diagnostics.ts';
import { loadForCommand, type CommandLaunch } from '../../src/core/load/command-load.ts';
import { issueLabel, parseIssueKey } from '../../src/core/numbering.ts';
import { openBlocksCache } from '../../src/print/content/issue-content.ts';
import { numberedRun } from '../../src/print/numbered.ts';
import { numberedPdfPath, pdfPath } from '../../src/print/paths.ts';
import { loadFonts, printIssue } from '../../src/print/render.ts';
import { formatSummary, printSummary } from '../../src/print/summary.ts';

const USAGE = '用法：npm run print -- <年/期号> [--numbered] [--out <文件>]，如 npm run print -- 2025/24';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** `launch`: from the launcher (scripts/lib/bundled.cjs), where this command may keep caches for its current code, and how it loads the archive afresh. */
export async function main(launch: CommandLaunch = {}): Promise<void> {
  const args = process.argv.slice(2);
  const numbered = args.includes('--numbered');
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const key = args.find((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1));
  if (!key || (outIndex >= 0 && !out)) fail(USAGE, 2);
  const id = parseIssueKey(key);
  if (!id) fail(`“${key}”不是期号。${USAGE}`, 2);

  const root = resolve('.');
  const loaded = await loadForCommand(root, id, launch);
  if (!loaded.archive || loaded.errorCount > 0) fail(formatReport(loaded.diagnostics));
  const archive = loaded.archive;
  const issue = archive.issues.find((i) => i.year === id.year && i.number === id.number);
  if (!issue) fail(`档案中没有${issueLabel(id)}。现有：${archive.issues.map((i) => i.key).join('、')}`);
  if (numbered && issue.distribution.copies === null) {
    fail(`${issueLabel(issue)}没有设定印数，无法印制编号本。请在 ${issue.file} 中写 copies: 份数（或在分送名单中设定 copies）。`);
  }

  const fonts = loadFonts(root, archive);
  const blocksCache = launch.cachePrefix ? openBlocksCache(`${launch.cachePrefix}.blocks`) : undefined;
  const result = await printIssue(root, archive, issue, fonts, { blocksCache });
  blocksCache?.save();
  if (!result.bytes) fail(formatReport(result.diagnostics));

  let bytes = result.bytes;
  if (numbered) {
    bytes = await numberedRun(result.bytes, issue.distribution.copies!, fonts.body, {
      title: `${archive.publication.title} ${issueLabel(issue)}（编号本）`,
      author: archive.publication.organ,
      subject: issue.articles.map((a) => a.displayTitle).join('；'),
      date: issue.date,
    });
  }
  const target = resolve(root, out ?? `dist/${numbered ? numberedPdfPath(issue) : pdfPath(issue)}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);

  console.log(`${archive.publication.title} ${issueLabel(issue)}${numbered ? '（编号本）' : ''}：${target}`);
  console.log(formatSummary(printSummary(result.pages, issue.distribution.copies)));
  if (numbered) console.log(`份号：${'000001'} 至 ${String(issue.distribution.copies).padStart(6, '0')}，文件 ${(bytes.length / 1024).toFixed(1)} KB`);
}

// Run directly (node scripts/commands/print.ts); the launcher imports it and calls main() itself.
if (import.meta.main) void main();
