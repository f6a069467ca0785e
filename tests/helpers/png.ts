/** Decoding a PNG to RGB pixels (with mupdf, already used for PDFs). */
import * as mupdf from 'mupdf';

export interface Pixels {
  width: number;
  height: number;
  /** Channels per pixel in `data`. */
  n: number;
  data: Uint8ClampedArray;
  at(x: number, y: number): [number, number, number];
}

export function decodePng(bytes: Uint8Array): Pixels {
  const pixmap = new mupdf.Image(bytes).toPixmap();
  const rgb = pixmap.getColorSpace()?.isRGB() ? pixmap : pixmap.convertToColorSpace(mupdf.ColorSpace.DeviceRGB);
  const width = rgb.getWidth();
  const height = rgb.getHeight();
  const n = rgb.getStride() / width;
  const data = rgb.getPixels();
  return { width, height, n, data, at: (x, y) => [data[(y * width + x) * n]!, data[(y * width + x) * n + 1]!, data[(y * width + x) * n + 2]!] };
}
