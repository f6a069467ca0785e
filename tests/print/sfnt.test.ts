/**
 * The print engine reads font facts from the tables directly (sfnt.ts,
 * cmapLookup): checked against fontkit, a full font library, on the default
 * CJK fonts, a format-4-only TrueType font and a CFF (.otf) font.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { loadFont } from '../../src/print/fonts/font.ts';
import { DEFAULT_FONT_FILES, FONT_ROLES } from '../../src/print/fonts/roles.ts';
import { readSfnt, readSfntFile } from '../../src/print/fonts/sfnt.ts';
import { subsetToText } from '../../src/print/fonts/subset.ts';

// Test fonts that ship with a pinned dependency (harfbuzzjs's, under satori).
const fromSatori = createRequire(createRequire(import.meta.url).resolve('satori'));
const NOTO = join(dirname(fromSatori.resolve('harfbuzzjs/package.json')), 'test', 'fonts', 'noto');
// A font collection with PostScript outlines: .ci/run installs Debian's fonts-noto-cjk for it.
const CJK_COLLECTION = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

const sample = '代表工作第二十四期联络站，“票决制”——建议办理……ABCxyz0123％（一）、·㐀𠀀 \u3000';

function codePoints(): number[] {
  const cps = [...sample].map((c) => c.codePointAt(0)!);
  // Plus a spread over the BMP and beyond, drawn or not (every 97th code point).
  for (let cp = 0; cp < 0x30000; cp += 97) cps.push(cp);
  return cps;
}

/** From the file as the engine opens it (directory and metric tables, glyph headers on demand), or from all its bytes. */
function expectSameAsFontkit(file: string, from: 'file' | 'bytes' = 'file') {
  const bytes = new Uint8Array(readFileSync(file));
  const ours = from === 'file' ? readSfntFile(file) : readSfnt(bytes);
  const theirs = fontkit.create(bytes.slice().buffer as unknown as Uint8Array);
  expect(ours.unitsPerEm).toBe(theirs.unitsPerEm);
  expect([ours.ascender, ours.descender]).toEqual([theirs.ascent, theirs.descent]);
  expect(ours.bbox).toEqual({ minX: theirs.bbox.minX, minY: theirs.bbox.minY, maxX: theirs.bbox.maxX, maxY: theirs.bbox.maxY });
  expect(ours.italicAngle).toBe(theirs.italicAngle);
  expect(ours.capHeight || ours.ascender).toBe(theirs.capHeight || theirs.ascent);
  expect(ours.xHeight).toBe(theirs.xHeight || 0);
  expect(ours.postscriptName).toBe(theirs.postscriptName);
  let drawn = 0;
  for (const cp of codePoints()) {
    const glyph = theirs.glyphForCodePoint(cp);
    const id = theirs.hasGlyphForCodePoint(cp) ? glyph.id : 0;
    expect(ours.glyphId(cp), `U+${cp.toString(16)}`).toBe(id);
    expect(ours.advance(id), `advance of U+${cp.toString(16)}`).toBe(glyph.advanceWidth);
    if (id === 0) continue;
    drawn++;
    const box = ours.glyphBox(id);
    if (!ours.hasGlyf) expect(box).toBeUndefined();
    // A glyph without outline (a space) has no ink; fontkit then reports phantom points.
    else if ((glyph.path as unknown as { commands: unknown[] }).commands.length === 0) expect(box).toEqual({ minX: 0, maxX: 0 });
    else expect(box, `box of U+${cp.toString(16)}`).toEqual({ minX: glyph.cbox.minX, maxX: glyph.cbox.maxX });
  }
  return { drawn };
}

describe('readSfnt', () => {
  const files = [...new Set(FONT_ROLES.map((role) => DEFAULT_FONT_FILES[role]()))];
  for (const file of files) {
    it(`reads ${file.split('/').pop()} as fontkit does`, () => {
      expect(expectSameAsFontkit(file).drawn).toBeGreaterThan(300);
    });
  }

  it('reads the same from a whole font in memory', () => {
    expect(expectSameAsFontkit(DEFAULT_FONT_FILES.heiti(), 'bytes').drawn).toBeGreaterThan(300);
  });

  it('reads a font whose only Unicode map is format 4', () => {
    const bytes = new Uint8Array(readFileSync(join(NOTO, 'NotoSans-Regular.ttf')));
    expect(expectSameAsFontkit(join(NOTO, "NotoSans-Regular.ttf")).drawn).toBeGreaterThan(40);
    // Sanity of the premise: one subtable, format 4.
    const sfnt = readSfnt(bytes);
    expect(sfnt.glyphId(0x1f600)).toBe(0);
  });

  it('reads a font with PostScript (CFF) outlines; a dash’s ink comes from its outline', () => {
    const file = join(NOTO, 'NotoSans-Regular.otf');
    expect(expectSameAsFontkit(file).drawn).toBeGreaterThan(40);
    const theirs = fontkit.create(readFileSync(file));
    const dash = theirs.glyphForCodePoint(0x2014).bbox;
    const upm = theirs.unitsPerEm;
    expect(loadFont('body', file).ink('—')).toEqual({ minX: dash.minX / upm, maxX: dash.maxX / upm });
  });

  it('takes the Simplified Chinese font of a collection (Noto CJK puts Japanese first), and harfbuzz the same', async () => {
    expect(existsSync(CJK_COLLECTION), `${CJK_COLLECTION} (Debian: apt-get install fonts-noto-cjk)`).toBe(true);
    const collection = fontkit.create(readFileSync(CJK_COLLECTION)) as unknown as { fonts: { postscriptName: string }[] };
    expect(collection.fonts[0]!.postscriptName).toBe('NotoSerifCJKjp-Regular');
    const sfnt = readSfntFile(CJK_COLLECTION);
    expect([sfnt.faceIndex, sfnt.postscriptName]).toEqual([2, 'NotoSerifCJKsc-Regular']);
    expect(readSfnt(new Uint8Array(readFileSync(CJK_COLLECTION))).faceIndex).toBe(2);
    const subset = await subsetToText(CJK_COLLECTION, '代表工作');
    expect(readSfnt(subset).postscriptName).toBe('NotoSerifCJKsc-Regular');
    // A single font is its own first face.
    expect(readSfntFile(DEFAULT_FONT_FILES.body()).faceIndex).toBe(0);
  });

  it('gives a dash’s ink from a TrueType glyph’s header, an empty box for a space', () => {
    const font = loadFont('body', DEFAULT_FONT_FILES.body());
    const ink = font.ink('—');
    expect(ink.maxX - ink.minX).toBeGreaterThan(0.8);
    expect(font.ink(' ')).toEqual({ minX: 0, maxX: 0 });
  });

  it('refuses what is not a font, or a cut-off font, with a message', () => {
    expect(() => readSfnt(new TextEncoder().encode('not a font'))).toThrow(/字体/);
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-sfnt-'));
    try {
      const cut = join(dir, 'cut.ttf');
      writeFileSync(cut, readFileSync(DEFAULT_FONT_FILES.body()).subarray(0, 4000));
      expect(() => readSfntFile(cut)).toThrow(/不是完整的字体文件/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
