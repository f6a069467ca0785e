/**
 * The cmap reader finds the glyph each character is drawn with, in a full
 * font and in a harfbuzz subset (which renumbers the glyphs): checked
 * against fontkit on every character of both.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import { readCmap } from '../../src/print/fonts/cmap.ts';
import { DEFAULT_FONT_FILES } from '../../src/print/fonts/roles.ts';
import { subsetToText } from '../../src/print/fonts/subset.ts';

const sample = '代表工作第二十四期联络站，“票决制”——建议办理……ABCxyz0123％（一）、㐀𠀀';

function expectSameAsFontkit(bytes: Uint8Array, chars: readonly string[]) {
  const face = fontkit.create(bytes);
  const map = readCmap(bytes);
  for (const ch of chars) {
    const cp = ch.codePointAt(0)!;
    const expected = face.hasGlyphForCodePoint(cp) ? face.glyphForCodePoint(cp).id : undefined;
    expect(map.get(cp), `${ch} U+${cp.toString(16)}`).toBe(expected);
  }
}

describe('readCmap', () => {
  it('maps every character of a full CJK font as fontkit does, BMP and beyond', () => {
    const bytes = new Uint8Array(readFileSync(DEFAULT_FONT_FILES.body()));
    const chars = [...sample];
    // Plus every thousandth code point of the ideograph block, drawn or not.
    for (let cp = 0x4e00; cp <= 0x9fff; cp += 1000) chars.push(String.fromCodePoint(cp));
    expectSameAsFontkit(bytes, chars);
    expect(readCmap(bytes).size).toBeGreaterThan(20000);
  });

  it('maps the characters of a harfbuzz subset to their renumbered glyphs', async () => {
    const subset = await subsetToText(DEFAULT_FONT_FILES.body(), sample);
    const map = readCmap(subset);
    expectSameAsFontkit(subset, [...sample]);
    // Renumbered: the subset's glyphs are few and small-numbered.
    expect(Math.max(...map.values())).toBeLessThan(100);
  });
});
