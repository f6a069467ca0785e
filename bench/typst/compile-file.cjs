/**
 * node bench/typst/compile-file.cjs <main.typ> <out.pdf> <workspace> <font folder>...
 * Typst alone, as a whole process: compile a Typst source that is already
 * written (the print benchmark writes the issue's) and write the PDF. The
 * strict peer of a cold `npm run print`, which starts from the Markdown.
 * Plain CommonJS, as scripts/print.cjs is, so that Node loads nothing but the compiler.
 */
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const [source, out, workspace, ...fontPaths] = process.argv.slice(2);
if (!source || !out || !workspace) {
  console.error('用法：node bench/typst/compile-file.cjs <main.typ> <out.pdf> <workspace> <字体文件夹>...');
  process.exit(2);
}
const compiler = NodeCompiler.create({ workspace, fontArgs: [{ fontPaths }] });
const result = compiler.compile({ mainFileContent: readFileSync(source, 'utf8') });
if (result.hasError() || !result.result) {
  result.printErrors();
  process.exit(1);
}
writeFileSync(out, compiler.pdf(result.result));
