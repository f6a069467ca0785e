/**
 * The numbered print run: all copies in one PDF, each copy's first page
 * carrying its 6-digit copy number (份号) at the top left of the type area.
 * The master's pages are embedded once as form XObjects and drawn by every
 * copy, so a copy costs a few hundred bytes, not a whole issue.
 */
import { fontkit, pdfLib } from './cjs-modules.ts';
import type { Font } from './fonts/font.ts';
import { subsetToText } from './fonts/subset.ts';
import { AREA_LEFT, BODY_SIZE, PAGE_HEIGHT, PAGE_WIDTH, baseline } from './geometry.ts';
import { setMetadata, useNativeDeflate, type PdfMetadata } from './draw/pdf.ts';

export function copyNumber(n: number): string {
  return String(n).padStart(6, '0');
}

export async function numberedRun(master: Uint8Array, copies: number, font: Font, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await pdfLib.PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  useNativeDeflate(doc);
  const source = await pdfLib.PDFDocument.load(master, { updateMetadata: false });
  const pages = await doc.embedPdf(source, source.getPageIndices());
  const digits = await doc.embedFont(await subsetToText(font.bytes, '0123456789'), { subset: false });
  const black = pdfLib.rgb(0, 0, 0);
  for (let copy = 1; copy <= copies; copy++) {
    pages.forEach((embedded, i) => {
      const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
      page.drawPage(embedded);
      if (i === 0) {
        page.drawText(copyNumber(copy), { x: AREA_LEFT, y: PAGE_HEIGHT - baseline(0), size: BODY_SIZE, font: digits, color: black });
      }
    });
  }
  setMetadata(doc, meta);
  return doc.save({ useObjectStreams: true });
}
