/**
 * A font as the print engine uses it: advances for measuring, coverage for
 * the “cannot draw this character” check, and the file for subsetting.
 * Only the font's directory and metric tables are read here; harfbuzz reads
 * the whole file when it subsets (fonts/subset.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Fontkit from '@pdf-lib/fontkit';
import type { FontRole } from './roles.ts';
import { sfntOf } from './sfnt.ts';

export interface Font {
  role: FontRole;
  file: string;
  /** Advance of one character at `size` pt. */
  advance(char: string, size: number): number;
  has(char: string): boolean;
  /** Horizontal extent of a character's ink, in ems (for drawing dashes that must join). */
  ink(char: string): { minX: number; maxX: number };
  /** Ascender and descender as fractions of the em (descender negative). */
  ascent: number;
  descent: number;
  /** What a PDF font descriptor states about the font, in ems. */
  descriptor: FontDescriptorFacts;
}

export interface FontDescriptorFacts {
  postscriptName: string;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  italicAngle: number;
  capHeight: number;
  xHeight: number;
}

const cache = new Map<string, Omit<Font, 'role'>>();

export function loadFont(role: FontRole, file: string): Font {
  let font = cache.get(file);
  if (!font) {
    const sfnt = sfntOf(file);
    const upm = sfnt.unitsPerEm;
    const advances = new Map<number, number>();
    const coverage = new Map<string, boolean>();
    const inks = new Map<string, { minX: number; maxX: number }>();
    const advanceUnits = (cp: number) => {
      let a = advances.get(cp);
      if (a === undefined) advances.set(cp, (a = sfnt.advance(sfnt.glyphId(cp))));
      return a;
    };
    font = {
      file,
      advance: (char, size) => {
        let total = 0;
        for (const ch of char) total += advanceUnits(ch.codePointAt(0)!);
        return (total / upm) * size;
      },
      has: (char) => {
        let known = coverage.get(char);
        if (known === undefined) coverage.set(char, (known = [...char].every((ch) => sfnt.glyphId(ch.codePointAt(0)!) !== 0)));
        return known;
      },
      ink: (char) => {
        let ink = inks.get(char);
        if (!ink) {
          // The glyph's header lies among the outlines, which are not in memory: read once per character.
          const glyph = sfnt.glyphId(char.codePointAt(0)!);
          const box = sfnt.glyphBox(glyph) ?? cffGlyphBox(file, glyph);
          inks.set(char, (ink = { minX: box.minX / upm, maxX: box.maxX / upm }));
        }
        return ink;
      },
      ascent: sfnt.ascender / upm,
      descent: sfnt.descender / upm,
      descriptor: {
        postscriptName: sfnt.postscriptName ?? 'Font',
        bbox: { minX: sfnt.bbox.minX / upm, minY: sfnt.bbox.minY / upm, maxX: sfnt.bbox.maxX / upm, maxY: sfnt.bbox.maxY / upm },
        italicAngle: sfnt.italicAngle,
        capHeight: (sfnt.capHeight || sfnt.ascender) / upm,
        xHeight: sfnt.xHeight / upm,
      },
    };
    cache.set(file, font);
  }
  return { role, ...font };
}

/**
 * PostScript outlines state no box per glyph: fontkit runs the glyph's
 * charstring. Only an office's .otf gets here, and only for the dashes whose
 * ink must join, so fontkit is loaded then and not before.
 */
function cffGlyphBox(file: string, glyph: number): { minX: number; maxX: number } {
  let face = cffFaces.get(file);
  if (!face) {
    const fontkit = createRequire(import.meta.url)('@pdf-lib/fontkit') as typeof Fontkit;
    // The ArrayBuffer, not the view: fontkit's Buffer copies a view byte by byte.
    const opened = fontkit.create(new Uint8Array(readFileSync(file)).buffer as unknown as Uint8Array) as ReturnType<typeof Fontkit.create> & { fonts?: ReturnType<typeof Fontkit.create>[] };
    // A collection (.ttc): the font of it the print engine uses.
    cffFaces.set(file, (face = opened.fonts?.[sfntOf(file).faceIndex] ?? opened));
  }
  const box = face.getGlyph(glyph).bbox;
  return { minX: box.minX, maxX: box.maxX };
}

const cffFaces = new Map<string, ReturnType<typeof Fontkit.create>>();
