/**
 * pdf-lib is CommonJS. Imported from an ES module, Node first scans its
 * source for the names it exports (cjs-module-lexer over a few hundred
 * files: tens of ms of every cold `npm run print`); `require` loads it
 * without that scan. pako, the deflate pdf-lib compresses with, is loaded
 * as pdf-lib itself resolves it, so that it is the very object pdf-lib uses
 * (draw/pdf.ts points its deflate at Node's zlib).
 */
import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

const require = createRequire(import.meta.url);

export const pdfLib = require('pdf-lib') as typeof PdfLib;
export const pako = createRequire(require.resolve('pdf-lib'))('pako') as { deflate: (data: Uint8Array) => Uint8Array };
