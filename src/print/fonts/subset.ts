/**
 * Subsetting with harfbuzz (subset-font). pdf-lib's own subsetting
 * (@pdf-lib/fontkit 1.1.1) writes broken glyph tables for small subsets, so
 * fonts are subset here and embedded whole (`subset: false`).
 */
import subsetFont from 'subset-font';

export async function subsetToText(bytes: Uint8Array, text: string): Promise<Uint8Array> {
  // Sorted unique characters: the same text always gives the same subset bytes.
  const chars = [...new Set(text)].sort().join('');
  // fontverter (inside subset-font) sniffs the format with Buffer methods: hand it a Buffer.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Uint8Array(await subsetFont(buffer, chars, { targetFormat: 'truetype' }));
}
