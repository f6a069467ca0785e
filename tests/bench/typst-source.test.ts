/**
 * The print benchmark's Typst side (bench/typst/): text reaches Typst as
 * text, whatever Typst would otherwise read in it, and every sample issue
 * compiles with the template.
 */
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { loadArchive } from '../../src/core/load/index.ts';
import type { Archive } from '../../src/core/model.ts';
import { TYPST_DIR, escapeMarkup, inlineMarkup, issueToTypst, markdownToTypst, typstFontPaths } from '../../bench/typst/source.ts';
import { PROJECT } from '../helpers/project-copy.ts';

/** The characters of page 1, in order, whitespace left out. */
function printedChars(pdf: Uint8Array): string {
  const chars: string[] = [];
  const page = mupdf.Document.openDocument(pdf, 'application/pdf').loadPage(0);
  page.toStructuredText('').walk({ onChar: (c: string) => void chars.push(c) });
  return chars.join('').replace(/\s/g, '');
}

function compile(compiler: NodeCompiler, source: string) {
  const result = compiler.compile({ mainFileContent: source });
  const doc = result.result;
  if (result.hasError() || !doc) {
    result.printErrors();
    throw new Error('typst compile failed');
  }
  return { doc, pdf: compiler.pdf(doc), warnings: result.takeWarnings()?.shortDiagnostics ?? [] };
}

describe('escaping for Typst markup', () => {
  // Typst's embedded fonts are enough for ASCII.
  const compiler = NodeCompiler.create({ workspace: TYPST_DIR });
  const ascii = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('');
  const cases = [
    ascii,
    '- a',
    '+ b',
    '= h',
    '1. x',
    '/ t: d',
    '// c',
    '/* c */',
    'a -- b --- c ... d ~ e -? f',
    'https://x.y/z',
    '#let x = 1',
    '$x^2$',
    '<label> @ref',
    `'q' "q"`,
    '\\u{41} a\\',
    '*b* _e_ `r`',
  ];
  it.each(cases)('%s prints as itself', (text) => {
    const { pdf } = compile(compiler, `#set page(width: 2000pt, height: auto, margin: 20pt)\n${escapeMarkup(text)}`);
    expect(printedChars(pdf)).toBe(text.replace(/\s/g, ''));
  });

  it('turns only Markdown emphasis into markup', () => {
    expect(inlineMarkup('**一、加粗。**正文*强调*`a*b`[链接](https://a.b/c)\\*星\\*')).toBe(
      '#run-in[一、加粗。]正文#emph-bold[强调]a\\*b链接（https\\:\\/\\/a\\.b\\/c）\\*星\\*',
    );
    expect(markdownToTypst('第一段\n续行\n\n- 甲\n- 乙\n\n1. 丙')).toBe('第一段续行\n\n#item("•")[甲]\n\n#item("•")[乙]\n\n#item("1.")[丙]');
  });
});

describe('the Typst bulletin', () => {
  const archive = loadArchive(PROJECT).archive as Archive;
  const compiler = NodeCompiler.create({ workspace: TYPST_DIR, fontArgs: [{ fontPaths: typstFontPaths(PROJECT) }] });

  it.each(archive.issues.map((i) => i.key))('%s compiles, with every article title and no warning', (key) => {
    const issue = archive.issues.find((i) => i.key === key)!;
    const { doc, pdf, warnings } = compile(compiler, issueToTypst(archive, issue));
    expect(warnings).toEqual([]);
    expect(doc.numOfPages).toBeGreaterThan(1);
    const text = Array.from({ length: doc.numOfPages }, (_, p) => {
      const page = mupdf.Document.openDocument(pdf, 'application/pdf').loadPage(p);
      return page.toStructuredText('').asText();
    })
      .join('')
      .replace(/\s/g, '');
    for (const a of issue.articles) expect(text).toContain(a.displayTitle.replace(/\s/g, ''));
    expect(text).toContain(`${issue.distribution.printingOrgan}印发`);
  });
});
