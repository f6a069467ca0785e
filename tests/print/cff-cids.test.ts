/**
 * cffGlyphCids reads the CID of each glyph from a CID-keyed CFF font's
 * charset, as fontkit reads it, in all three charset formats; a name-keyed
 * CFF font has none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cffGlyphCids } from '../../src/print/fonts/cff-cids.ts';
import { readSfnt } from '../../src/print/fonts/sfnt.ts';
import { subsetToText } from '../../src/print/fonts/subset.ts';

const require = createRequire(import.meta.url);
const fontkit = require('@pdf-lib/fontkit') as { create(bytes: Uint8Array): FontkitFont & { fonts?: FontkitFont[] } };
const fromSatori = createRequire(require.resolve('satori'));
const NAME_KEYED = join(dirname(fromSatori.resolve('harfbuzzjs/package.json')), 'test', 'fonts', 'noto', 'NotoSans-Regular.otf');
// .ci/run installs Debian's fonts-noto-cjk for it.
const CID_KEYED = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

type FontkitFont = Record<string, unknown>;

interface Charset {
  version: number;
  glyphs?: number[];
  ranges?: { first: number; nLeft: number }[];
}

/** fontkit's reading of the same charset, glyph by glyph (of a collection, its first font). */
function fontkitCids(otf: Uint8Array): number[] {
  const opened = fontkit.create(otf);
  const font = opened.fonts?.[0] ?? opened;
  const cff = font['CFF '] as { isCIDFont: boolean; topDict: { charset: Charset; CharStrings: unknown[] } };
  expect(cff.isCIDFont).toBe(true);
  const { charset } = cff.topDict;
  const cids = [0, ...(charset.glyphs ?? (charset.ranges ?? []).flatMap((r) => Array.from({ length: r.nLeft + 1 }, (_, k) => r.first + k)))];
  return cids.slice(0, cff.topDict.CharStrings.length);
}

const cffOf = (otf: Uint8Array) => readSfnt(otf).table('CFF ')!;

describe('cffGlyphCids', () => {
  it('has no CIDs for a name-keyed font', () => {
    expect(cffGlyphCids(cffOf(new Uint8Array(readFileSync(NAME_KEYED))))).toBeNull();
  });

  it('reads a subset’s charset (format 0): each glyph keeps its CID', async () => {
    expect(existsSync(CID_KEYED), `${CID_KEYED} (Debian: apt-get install fonts-noto-cjk)`).toBe(true);
    const subset = await subsetToText(CID_KEYED, '代表工作2025年（）');
    const cids = cffGlyphCids(cffOf(subset))!;
    expect(cids).toEqual(fontkitCids(subset));
    expect(cids.length).toBeGreaterThan(10);
    expect(Math.max(...cids)).toBeGreaterThan(cids.length);
  });

  it('reads a whole font’s charset (ranges), as fontkit does', () => {
    const collection = new Uint8Array(readFileSync(CID_KEYED));
    const cids = cffGlyphCids(cffOf(collection))!;
    expect(cids.length).toBeGreaterThan(60000);
    expect(cids).toEqual(fontkitCids(collection));
  });

  it('reports a damaged table as a font error', () => {
    expect(() => cffGlyphCids(new Uint8Array([1, 0, 4, 1, 0]))).toThrow(/CFF/);
  });
});

describe('subsetting fonts read whole', () => {
  it('makes room in harfbuzz’s 64 MB heap for one CJK .otf after another (four of 20-27 MB each)', async () => {
    const dir = dirname(CID_KEYED);
    for (const name of ['NotoSerifCJK-Regular.ttc', 'NotoSerifCJK-Bold.ttc', 'NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc', 'NotoSerifCJK-Regular.ttc']) {
      const subset = await subsetToText(join(dir, name), '代表工作');
      expect(readSfnt(subset).postscriptName, name).toMatch(/CJKsc-/);
    }
  });
});
