/**
 * A font as the print engine uses it: advances for measuring, coverage for
 * the “cannot draw this character” check, and the bytes for subsetting.
 */
import { readFileSync } from 'node:fs';
import { fontkit } from '../cjs-modules.ts';
import type { FontRole } from './roles.ts';

export interface Font {
  role: FontRole;
  file: string;
  bytes: Uint8Array;
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
    const bytes = new Uint8Array(readFileSync(file));
    // The ArrayBuffer, not the view: fontkit's Buffer wraps an ArrayBuffer as it is but copies a view
    // byte by byte in JavaScript (~90 ms for the four CJK fonts, on every cold `npm run print`).
    const fk = fontkit.create(bytes.buffer as unknown as Uint8Array);
    const upm = fk.unitsPerEm;
    const advances = new Map<number, number>();
    const coverage = new Map<string, boolean>();
    const advanceUnits = (cp: number) => {
      let a = advances.get(cp);
      if (a === undefined) {
        a = fk.glyphForCodePoint(cp).advanceWidth;
        advances.set(cp, a);
      }
      return a;
    };
    font = {
      file,
      bytes,
      advance: (char, size) => {
        let total = 0;
        for (const ch of char) total += advanceUnits(ch.codePointAt(0)!);
        return (total / upm) * size;
      },
      has: (char) => {
        let known = coverage.get(char);
        if (known === undefined) coverage.set(char, (known = [...char].every((ch) => fk.hasGlyphForCodePoint(ch.codePointAt(0)!))));
        return known;
      },
      ink: (char) => {
        const box = fk.glyphForCodePoint(char.codePointAt(0)!).bbox;
        return { minX: box.minX / upm, maxX: box.maxX / upm };
      },
      ascent: fk.ascent / upm,
      descent: fk.descent / upm,
      descriptor: {
        postscriptName: fk.postscriptName ?? 'Font',
        bbox: { minX: fk.bbox.minX / upm, minY: fk.bbox.minY / upm, maxX: fk.bbox.maxX / upm, maxY: fk.bbox.maxY / upm },
        italicAngle: fk.italicAngle,
        capHeight: (fk.capHeight || fk.ascent) / upm,
        xHeight: (fk.xHeight || 0) / upm,
      },
    };
    cache.set(file, font);
  }
  return { role, ...font };
}
