/**
 * harfbuzz is given each font with only the outlines subsets have needed so
 * far (compact-font.ts). A subset made that way must be the same bytes as
 * one cut from the whole font, for CJK fonts and for a Latin font whose
 * accented letters are composite glyphs, also when later subsets need
 * outlines the earlier ones did not.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { components } from '../../src/print/fonts/compact-font.ts';
import { DEFAULT_FONT_FILES, FONT_ROLES } from '../../src/print/fonts/roles.ts';
import { readSfntFile } from '../../src/print/fonts/sfnt.ts';
import { subsetToText } from '../../src/print/fonts/subset.ts';

const fromSatori = createRequire(createRequire(import.meta.url).resolve('satori'));
const LATIN = join(dirname(fromSatori.resolve('harfbuzzjs/package.json')), 'test', 'fonts', 'noto', 'NotoSans-Regular.ttf');

const first = '代表工作2025年第24期：联络站“家站点”——建议办理……（一）、ABC xyz 0.5% №';
const later = '票决制民生实事项目人大代表之家ÀÉÎÕÜàéîõüçñÅå';
// Brackets without their other half: harfbuzz's bidi closure would add the mirror image.
const unpaired = '《代表（一( [ «';

describe('compact fonts for harfbuzz', () => {
  const files = [...new Set(FONT_ROLES.map((role) => DEFAULT_FONT_FILES[role]())), LATIN];
  for (const file of files) {
    it(`${file.split('/').pop()}: subsets are the bytes a whole-font subset gives, first and later`, async () => {
      for (const text of [unpaired, first, later, first + later]) {
        const lazy = await subsetToText(file, text);
        const whole = await subsetToText(file, text, { wholeFile: true });
        expect(lazy.length).toBeGreaterThan(1000);
        expect(Buffer.from(lazy).equals(Buffer.from(whole)), `${text.slice(0, 10)}… differs`).toBe(true);
      }
    });
  }

  it('follows composite glyphs to their parts', () => {
    const sfnt = readSfntFile(LATIN);
    const bytes = readFileSync(LATIN);
    const outline = (glyph: number) => {
      const r = sfnt.glyphRange(glyph)!;
      return new Uint8Array(bytes.buffer, bytes.byteOffset + r.offset, r.length);
    };
    const eAcute = components(outline(sfnt.glyphId(0xe9)));
    // é is e plus a combining acute; a plain e is a simple glyph.
    expect(eAcute).toContain(sfnt.glyphId(0x65));
    expect(eAcute.length).toBe(2);
    expect(components(outline(sfnt.glyphId(0x65)))).toEqual([]);
  });
});
