/**
 * Reading a PDF back the way a reader's software does, with mupdf: the
 * characters with their positions (points, y from the top), the text, the
 * metadata, and pages rendered to pixels.
 */
import * as mupdf from 'mupdf';

export interface PdfChar {
  c: string;
  /** Origin (baseline start) of the glyph. */
  x: number;
  y: number;
  /** Right edge of the glyph's quad. */
  right: number;
  size: number;
  /** The font's PostScript name, without the tag (ABCDEF+) that marks a subset. */
  font: string;
  color: number[];
}

export interface PdfLine {
  chars: PdfChar[];
  text: string;
  y: number;
}

export interface PdfPage {
  width: number;
  height: number;
  chars: PdfChar[];
  lines: PdfLine[];
}

export interface PdfReading {
  pages: PdfPage[];
  meta: (key: string) => string | undefined;
  /** Page rendered to RGB pixels at `dpi`. */
  render(index: number, dpi?: number): { width: number; height: number; pixels: Uint8ClampedArray; png: () => Uint8Array };
}

export function readPdf(bytes: Uint8Array): PdfReading {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  const pages: PdfPage[] = [];
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.loadPage(i);
    const [x0, y0, x1, y1] = page.getBounds();
    const chars: PdfChar[] = [];
    const lines: PdfLine[] = [];
    let current: PdfChar[] = [];
    page.toStructuredText('preserve-whitespace').walk({
      beginLine: () => {
        current = [];
      },
      onChar: (c, origin, font, size, quad, color) => {
        const ch = { c, x: origin[0], y: origin[1], right: Math.max(quad[2], quad[6]), size, font: font.getName().replace(/^[A-Z]{6}\+/, ''), color: [...color] };
        chars.push(ch);
        current.push(ch);
      },
      endLine: () => {
        if (current.length) lines.push({ chars: current, text: current.map((c) => c.c).join(''), y: current[0]!.y });
      },
    });
    pages.push({ width: x1 - x0, height: y1 - y0, chars, lines });
  }
  return {
    pages,
    meta: (key) => doc.getMetaData(key),
    render(index, dpi = 72) {
      const page = doc.loadPage(index);
      const pixmap = page.toPixmap(mupdf.Matrix.scale(dpi / 72, dpi / 72), mupdf.ColorSpace.DeviceRGB, false);
      return { width: pixmap.getWidth(), height: pixmap.getHeight(), pixels: pixmap.getPixels(), png: () => pixmap.asPNG() };
    },
  };
}
