/**
 * pako's API on Node's zlib, which the print bundle uses in pako's place
 * (scripts/lib/bundled.cjs). pdf-lib deflates its streams with pako, and
 * src/print/draw/pdf.ts points that at zlib anyway; pdf-lib's standard
 * fonts inflate with it, upng (PNG) both. Bundled, pako's own deflate and
 * inflate would only be loaded and set up on every cold run (~3 ms), never
 * called. Same bytes: pako.deflate and zlib.deflateSync share zlib's
 * defaults, and inflating is inflating.
 */
'use strict';
const { deflateSync, inflateSync } = require('node:zlib');

module.exports = {
  /** @param {Uint8Array} data */
  deflate: (data) => deflateSync(data),
  /** @param {Uint8Array} data */
  inflate: (data) => inflateSync(data),
};
