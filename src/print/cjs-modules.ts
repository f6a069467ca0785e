/**
 * pdf-lib and fontkit are CommonJS. Imported from an ES module, Node first
 * scans their source for the names they export (cjs-module-lexer over
 * fontkit's 2 MB bundle and pdf-lib's few hundred files: ~120 ms of every
 * cold `npm run print`); `require` loads them without that scan.
 */
import { createRequire } from 'node:module';
import type Fontkit from '@pdf-lib/fontkit';
import type * as PdfLib from 'pdf-lib';

const require = createRequire(import.meta.url);

export const pdfLib = require('pdf-lib') as typeof PdfLib;
export const fontkit = require('@pdf-lib/fontkit') as typeof Fontkit;
