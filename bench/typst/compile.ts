/**
 * node bench/typst/compile.ts 2025/24 --out <file> [--source <file.typ>]
 * (the print benchmark runs it through bench/typst/compile.cjs, bundled as scripts/print.cjs is)
 * The Typst counterpart of scripts/print.cjs, for the print benchmark's cold
 * runs: load the archive, generate the issue's Typst source, create a
 * compiler, compile once, write the PDF. Prints `pages=N bytes=N`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { loadForCommand, type CommandLaunch } from '../../src/core/load/command-load.ts';
import { parseIssueKey } from '../../src/core/numbering.ts';
import { TYPST_DIR, issueToTypst, typstFontPaths } from './source.ts';

export async function main(launch: CommandLaunch = {}): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const key = args[0];
  const out = option('--out');
  const id = key ? parseIssueKey(key) : null;
  if (!id || !out) {
    console.error('用法：node bench/typst/compile.ts <年/期号> --out <文件> [--source <文件.typ>]');
    process.exit(2);
  }

  const root = resolve('.');
  // As scripts/commands/print.ts loads it (caches included).
  const { archive } = await loadForCommand(root, id, launch);
  const issue = archive?.issues.find((i) => i.year === id.year && i.number === id.number);
  if (!archive || !issue) {
    console.error(`档案中没有 ${key}`);
    process.exit(1);
  }
  const source = issueToTypst(archive, issue);
  const sourceOut = option('--source');
  if (sourceOut) writeFileSync(sourceOut, source);

  const compiler = NodeCompiler.create({ workspace: TYPST_DIR, fontArgs: [{ fontPaths: typstFontPaths(root) }] });
  const result = compiler.compile({ mainFileContent: source });
  const doc = result.result;
  if (result.hasError() || !doc) {
    result.printErrors();
    process.exit(1);
  }
  const pdf = compiler.pdf(doc);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, pdf);
  console.log(`pages=${doc.numOfPages} bytes=${pdf.length}`);
}

if (import.meta.main) void main();
