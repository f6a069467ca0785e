/**
 * A subset font as the print engine embeds it draws every glyph and gives its
 * text back, with TrueType outlines (the default fonts) and with PostScript
 * (CFF) outlines, as an office's .otf may have: name-keyed, drawn by glyph
 * number, and CID-keyed (Noto CJK, Debian's fonts-noto-cjk), drawn by CID.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, beginText, endText, setFontAndSize, setTextMatrix, showText } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedSubset } from '../../src/print/draw/embed-font.ts';
import { loadFont } from '../../src/print/fonts/font.ts';
import { DEFAULT_FONT_FILES } from '../../src/print/fonts/roles.ts';
import { subsetToText } from '../../src/print/fonts/subset.ts';
import { readPdf } from '../helpers/pdf.ts';

// A CFF-outline OpenType font that ships with a pinned dependency (harfbuzzjs's test fonts, under satori).
const fromSatori = createRequire(createRequire(import.meta.url).resolve('satori'));
const CFF_FONT = join(dirname(fromSatori.resolve('harfbuzzjs/package.json')), 'test', 'fonts', 'noto', 'NotoSans-Regular.otf');
// A CID-keyed CFF font (an OpenType collection): .ci/run installs Debian's fonts-noto-cjk for it.
const CID_FONT = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

async function drawn(file: string, text: string) {
  const font = loadFont('body', file);
  const subset = await subsetToText(file, text);
  const doc = await PDFDocument.create();
  const embedded = embedSubset(doc, font, subset, [...new Set(text)]);
  const page = doc.addPage([400, 100]);
  const key = page.node.newFontDictionary('F', embedded.ref);
  page.pushOperators(beginText(), setFontAndSize(key, 30), setTextMatrix(1, 0, 0, 1, 20, 40), showText(embedded.code(text)), endText());
  await embedded.ready;
  const bytes = await doc.save();
  return { outlines: String.fromCharCode(...subset.subarray(0, 4)), pdf: readPdf(bytes), bytes };
}

describe('embedSubset', () => {
  for (const [kind, file, text] of [
    ['TrueType', () => DEFAULT_FONT_FILES.body(), '代表工作2025年第24期'],
    ['CFF', () => CFF_FONT, 'Representative Work 2025'],
    ['CID-keyed CFF', () => CID_FONT, '代表（简报）2025年'],
  ] as const) {
    it(`${kind} outlines: the text reads back and every glyph has ink`, async () => {
      expect(existsSync(file()), `${file()} (Debian: apt-get install fonts-noto-cjk)`).toBe(true);
      const { outlines, pdf, bytes } = await drawn(file(), text);
      expect(outlines === 'OTTO').toBe(kind !== 'TrueType');
      // The PDF font types of each kind of outline (ISO 32000 9.7.4, 9.9).
      const font = await descendantFont(bytes);
      expect(font.subtype).toBe(kind === 'TrueType' ? 'CIDFontType2' : 'CIDFontType0');
      expect(font.fontFile).toBe(kind === 'TrueType' ? 'FontFile2' : 'FontFile3');
      expect(font.fileSubtype).toBe(kind === 'TrueType' ? undefined : 'OpenType');
      expect(font.cidToGid).toBe(kind === 'TrueType' ? 'Identity' : undefined);
      const page = pdf.pages[0]!;
      expect(page.chars.map((c) => c.c).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      const dpi = 100;
      const scale = dpi / 72;
      const img = pdf.render(0, dpi);
      for (const c of page.chars.filter((c) => c.c.trim())) {
        let ink = false;
        for (let y = Math.floor((c.y - c.size * 0.7) * scale); y < Math.ceil(c.y * scale) && !ink; y++) {
          for (let x = Math.floor(c.x * scale); x < Math.ceil(c.right * scale) && !ink; x++) {
            const i = (y * img.width + x) * 3;
            ink = img.pixels[i]! + img.pixels[i + 1]! + img.pixels[i + 2]! < 3 * 160;
          }
        }
        expect(ink, `${c.c} has ink`).toBe(true);
      }
    });
  }
});

/** The first page's font, as written: its descendant CIDFont's subtype, CIDToGIDMap and font file. */
async function descendantFont(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const ctx = doc.context;
  const resources = doc.getPage(0).node.Resources()!;
  const fonts = resources.lookup(PDFName.of('Font'), PDFDict);
  const type0 = fonts.lookup(fonts.keys()[0]!, PDFDict);
  const cid = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
  const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
  const fontFile = ['FontFile2', 'FontFile3'].find((k) => descriptor.get(PDFName.of(k)) instanceof PDFRef);
  const stream = ctx.lookup(descriptor.get(PDFName.of(fontFile!)) as PDFRef) as PDFStream;
  const name = (v: unknown) => (v instanceof PDFName ? v.decodeText() : undefined);
  return {
    subtype: name(cid.get(PDFName.of('Subtype'))),
    cidToGid: name(cid.get(PDFName.of('CIDToGIDMap'))),
    fontFile,
    fileSubtype: name(stream.dict.get(PDFName.of('Subtype'))),
  };
}
