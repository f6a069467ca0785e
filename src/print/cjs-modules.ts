/**
 * pdf-lib is CommonJS. Imported from an ES module, Node first scans its
 * source for the names it exports (cjs-module-lexer over a few hundred
 * files: tens of ms of every cold `npm run print`); `require` loads it
 * without that scan.
 */
import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

const require = createRequire(import.meta.url);

export const pdfLib = require('pdf-lib') as typeof PdfLib;
