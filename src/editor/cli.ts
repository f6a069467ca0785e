/**
 * Shared plumbing for the editors' commands: Chinese usage errors instead of
 * stack traces, and the archive loaded with its errors shown when it cannot be.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatReport } from '../core/diagnostics.ts';
import { loadArchive } from '../core/load/index.ts';
import type { Archive } from '../core/model.ts';

/** Exits with code 2 and the usage line when the arguments do not parse. */
type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

export function parseCommandLine<const T extends Options>(options: T, usage: string, argv = process.argv.slice(2)): Parsed<T> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    fail([`参数有误：${(error as Error).message}`], usage, 2);
  }
}

export function fail(messages: readonly string[], usage?: string, code = 1): never {
  for (const m of messages) console.error(`错误：${m}`);
  if (usage) console.error(`\n用法：${usage}`);
  process.exit(code);
}

/** The archive the tool builds on; when the content is too broken to load, the check's report and exit 1. */
export function loadArchiveOrExit(root: string, contentDir: string): Archive {
  const result = loadArchive(root, contentDir);
  if (!result.archive) {
    console.error(formatReport(result.diagnostics));
    fail(['内容文件夹有错误，无法读取（见上）。先改正这些错误，再运行本命令。']);
  }
  return result.archive;
}
