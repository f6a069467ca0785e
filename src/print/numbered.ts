/**
 * The numbered print run: all copies in one PDF, each copy's first page
 * carrying its 6-digit copy number (份号) at the top left of the type area.
 * The master's pages are embedded once as form XObjects and drawn by every
 * copy, so a copy costs a few hundred bytes, not a whole issue.
 */
import { pdfLib } from './cjs-modules.ts';
import { embedSubset } from './draw/embed-font.ts';
import type { Font } from './fonts/font.ts';
import { subsetToText } from './fonts/subset.ts';
import { AREA_LEFT, BODY_SIZE, PAGE_HEIGHT, PAGE_WIDTH, baseline } from './geometry.ts';
import { setMetadata, type PdfMetadata } from './draw/pdf.ts';

const DIGITS = '0123456789';

export function copyNumber(n: number): string {
  return String(n).padStart(6, '0');
}

export async function numberedRun(master: Uint8Array, copies: number, font: Font, meta: PdfMetadata): Promise<Uint8Array> {
  const { PDFDocument, beginText, endText, setFillingRgbColor, setFontAndSize, setTextMatrix, showText } = pdfLib;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const source = await PDFDocument.load(master, { updateMetadata: false });
  const pages = await doc.embedPdf(source, source.getPageIndices());
  const digits = embedSubset(doc, font, await subsetToText(font.file, DIGITS), [...DIGITS]);
  for (let copy = 1; copy <= copies; copy++) {
    pages.forEach((embedded, i) => {
      const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
      page.drawPage(embedded);
      if (i === 0) {
        const key = page.node.newFontDictionary('F', digits.ref);
        page.pushOperators(
          beginText(),
          setFillingRgbColor(0, 0, 0),
          setFontAndSize(key, BODY_SIZE),
          setTextMatrix(1, 0, 0, 1, AREA_LEFT, PAGE_HEIGHT - baseline(0)),
          showText(digits.code(copyNumber(copy))),
          endText(),
        );
      }
    });
  }
  await digits.ready;
  setMetadata(doc, meta);
  return doc.save({ useObjectStreams: true });
}
