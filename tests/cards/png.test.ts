/** The card PNG writer: what it writes decodes to the pixels it was given, the same bytes every time. */
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/cards/png.ts';
import { decodePng } from '../helpers/png.ts';

function pattern(width: number, height: number): Uint8Array {
  const px = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      px[i] = (x * 7 + y) & 255;
      px[i + 1] = (y * 13) & 255;
      px[i + 2] = (x ^ y) & 255;
      px[i + 3] = 255;
    }
  }
  return px;
}

describe('encodePng', () => {
  it('decodes back to the same pixels', () => {
    const [width, height] = [37, 23];
    const px = pattern(width, height);
    const image = decodePng(encodePng(px, width, height));
    expect([image.width, image.height]).toEqual([width, height]);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        expect(image.at(x, y)).toEqual([px[i], px[i + 1], px[i + 2]]);
      }
    }
  });

  it('writes the same bytes for the same pixels, and a valid PNG signature', () => {
    const px = pattern(64, 32);
    const a = Buffer.from(encodePng(px, 64, 32));
    expect(a.equals(Buffer.from(encodePng(px, 64, 32)))).toBe(true);
    expect([...a.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/2×2/);
  });
});
