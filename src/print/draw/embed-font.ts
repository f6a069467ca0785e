/**
 * A subset font embedded as a PDF Type 0 font (Identity-H), written directly
 * rather than through pdf-lib's embedFont: that parses each subset again
 * with fontkit and measures every glyph's outline for its width, a quarter
 * of the time of printing an issue. The widths are the ones layout measured
 * with, from the full font; the glyph of each character is read from the
 * subset's own cmap. The font file is compressed on Node's thread pool
 * while the pages are drawn, and put in place before the document is saved.
 *
 * TrueType outlines (the default fonts) go in as a CIDFontType2 with its
 * FontFile2, drawn by glyph number. PostScript outlines (an office's .otf)
 * go in as a CIDFontType0 with the whole OpenType file as FontFile3
 * (PDF 1.6), drawn by CID when the font is CID-keyed (Source Han, Noto CJK:
 * the CIDs come from the subset's charset) and by glyph number otherwise.
 */
import type { PDFDocument, PDFHexString, PDFRef } from 'pdf-lib';
import { crc32 } from 'node:zlib';
import { deflateOffThread } from './deflate.ts';
import { pdfLib } from '../cjs-modules.ts';
import { readCmap } from '../fonts/cmap.ts';
import { cffGlyphCids } from '../fonts/cff-cids.ts';
import { readSfnt } from '../fonts/sfnt.ts';
import type { Font } from '../fonts/font.ts';

export interface EmbeddedFont {
  /** The Type 0 font dictionary. */
  ref: PDFRef;
  /** The glyph codes (2 bytes each, Identity-H) of a text. */
  code(text: string): PDFHexString;
  /** The same codes as content-stream text: `<00a1…>`. */
  hex(text: string): string;
  /** Settles once the font file is compressed and in the document: await before saving. */
  ready: Promise<void>;
}

/** Embeds `subset`, a harfbuzz subset of `font` holding every character of `chars`. */
export function embedSubset(doc: PDFDocument, font: Font, subset: Uint8Array, chars: readonly string[]): EmbeddedFont {
  const { context } = doc;
  const glyphOf = readCmap(subset);
  const postScript = String.fromCharCode(...subset.subarray(0, 4)) === 'OTTO';
  const cids = postScript ? cffGlyphCids(readSfnt(subset).table('CFF ')!) : null;
  // The code a character is drawn with (Identity-H: two bytes): its glyph's CID, or the glyph number.
  const codeOf = (char: string): number => {
    const glyph = glyphOf.get(char.codePointAt(0)!) ?? 0;
    return cids ? (cids[glyph] ?? 0) : glyph;
  };
  // Characters by code, in code order: the widths (W) and the text each code stands for (ToUnicode).
  const byCode = new Map<number, string>();
  for (const char of chars) {
    if (!glyphOf.has(char.codePointAt(0)!)) continue;
    const code = codeOf(char);
    if (!byCode.has(code)) byCode.set(code, char);
  }
  const codes = [...byCode.keys()].sort((a, b) => a - b);
  const d = font.descriptor;
  const em = (n: number) => Math.round(n * 1000 * 1000) / 1000;
  // A subset tag from the subset itself: same glyphs, same name (the output stays byte-identical).
  const tag = subsetTag(subset);
  const name = `${tag}+${d.postscriptName}`;

  const fileRef = context.nextRef();
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: 4, // symbolic: the glyphs are reached through the font's own cmap, not a standard encoding
      FontBBox: [em(d.bbox.minX), em(d.bbox.minY), em(d.bbox.maxX), em(d.bbox.maxY)],
      ItalicAngle: d.italicAngle,
      Ascent: em(font.ascent),
      Descent: em(font.descent),
      CapHeight: em(d.capHeight),
      XHeight: em(d.xHeight),
      StemV: 0,
      [postScript ? 'FontFile3' : 'FontFile2']: fileRef,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: postScript ? 'CIDFontType0' : 'CIDFontType2',
      ...(postScript ? {} : { CIDToGIDMap: 'Identity' }),
      BaseFont: name,
      CIDSystemInfo: { Registry: pdfLib.PDFString.of('Adobe'), Ordering: pdfLib.PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths(codes.map((c) => [c, em(font.advance(byCode.get(c)!, 1))])),
    }),
  );
  const toUnicode = context.register(context.flateStream(unicodeCmap(codes.map((c) => [c, byCode.get(c)!]))));
  const ref = context.register(
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
  );

  const ready = deflateOffThread(subset).then((compressed) => {
    const dict = postScript ? { Filter: 'FlateDecode', Subtype: 'OpenType' } : { Filter: 'FlateDecode', Length1: subset.length };
    context.assign(fileRef, context.stream(compressed, dict));
  });
  // Each text looked up once: the subset has no layout features, so a character's glyph is its cmap entry.
  const hexByText = new Map<string, string>();
  const digits = (text: string) => {
    let hex = hexByText.get(text);
    if (hex === undefined) hexByText.set(text, (hex = [...text].map((ch) => codeOf(ch).toString(16).padStart(4, '0')).join('')));
    return hex;
  };
  return { ref, code: (text) => pdfLib.PDFHexString.of(digits(text)), hex: (text) => `<${digits(text)}>`, ready };
}

/** Six capital letters from the subset's CRC-32 (zlib's, already loaded: node:crypto would cost a cold run ~5 ms to load). */
function subsetTag(subset: Uint8Array): string {
  let n = crc32(subset);
  let tag = '';
  for (let i = 0; i < 6; i++, n = Math.floor(n / 26)) tag += String.fromCharCode(65 + (n % 26));
  return tag;
}

/** The W array: runs of consecutive codes as `first [w1 w2 …]`. */
function widths(entries: readonly [number, number][]): (number | number[])[] {
  const out: (number | number[])[] = [];
  let run: number[] | undefined;
  let last = -2;
  for (const [code, width] of entries) {
    if (code !== last + 1 || !run) {
      run = [];
      out.push(code, run);
    }
    run.push(width);
    last = code;
  }
  return out;
}

/** A ToUnicode CMap: each code back to its character, so the text can be copied and searched. */
function unicodeCmap(entries: readonly [number, string][]): string {
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  const utf16 = (text: string) => [...text].map((ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x10000) return hex(cp);
    const v = cp - 0x10000;
    return hex(0xd800 + (v >> 10)) + hex(0xdc00 + (v & 0x3ff));
  }).join('');
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([code, t]) => `<${hex(code)}> <${utf16(t)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000><ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
