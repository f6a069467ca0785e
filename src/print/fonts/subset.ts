/**
 * Subsetting with harfbuzz (harfbuzzjs' subsetter, the engine behind
 * subset-font). pdf-lib's own subsetting (@pdf-lib/fontkit 1.1.1) writes
 * broken glyph tables for small subsets, so fonts are subset here and
 * embedded whole (`subset: false`).
 *
 * harfbuzz is given each font cut down to the outlines subsets have needed
 * so far in this process (compact-font.ts), and keeps its face until a
 * subset needs more: reading a whole 15 MB CJK font, for every issue or
 * even once, would cost more than laying the issue out. A subset keeps only
 * the glyphs of the characters drawn (no layout or bidi closure, no layout
 * tables): the engine positions every glyph itself, so alternates, mirrored
 * brackets and OpenType features would be dead weight.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compactFont, type CompactFont } from './compact-font.ts';
import { MAX_POSTSCRIPT_FONT_BYTES } from '../../core/rules/font-files.ts';
import { FontFormatError } from './sfnt.ts';

interface Harfbuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const MEMORY_MODE_WRITABLE = 2;
const SETS_DROP_TABLE_TAG = 3;
const SETS_LAYOUT_FEATURE_TAG = 6;
const FLAG_NO_HINTING = 0x1;
const FLAG_NO_LAYOUT_CLOSURE = 0x200;
/** Without it harfbuzz adds the mirror image of every bracket (（ brings ）): glyphs never drawn. */
const FLAG_NO_BIDI_CLOSURE = 0x800;
/** Tables a PDF viewer never reads from an embedded TrueType font. */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'vhea', 'vmtx', 'VORG', 'STAT', 'meta', 'DSIG', 'gasp', 'hdmx', 'LTSH', 'kern'];

const tag = (s: string) => [...s].reduce((a, ch) => ((a << 8) | ch.charCodeAt(0)) >>> 0, 0);

const require = createRequire(import.meta.url);
// A literal name, resolved when the CLI bundle is made (scripts/lib/bundle-plugins.cjs).
const wasmFile = () => require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');

let harfbuzz: Promise<Harfbuzz> | undefined;
function loadHarfbuzz(): Promise<Harfbuzz> {
  harfbuzz ??= WebAssembly.compile(readFileSync(wasmFile())).then(instantiate);
  return harfbuzz;
}

async function instantiate(module: WebAssembly.Module): Promise<Harfbuzz> {
  const hb = (await WebAssembly.instantiate(module)).exports as unknown as Harfbuzz;
  hb._initialize();
  return hb;
}

interface Face {
  font: CompactFont;
  face: number;
  pointer: number;
}

const faces = new Map<string, Face>();

/** The harfbuzz face of `file` holding every outline `codePoints` need: made again when the font took in more. */
function faceFor(hb: Harfbuzz, file: string, codePoints: readonly number[], whole: boolean): number {
  const key = `${whole ? 'whole' : 'compact'}:${file}`;
  let entry = faces.get(key);
  if (!entry) faces.set(key, (entry = { font: compactFont(file, { whole }), face: 0, pointer: 0 }));
  if (entry.font.add(codePoints) || !entry.face) {
    if (entry.face) {
      hb.hb_face_destroy(entry.face);
      hb.free(entry.pointer);
    }
    const bytes = entry.font.bytes();
    entry.pointer = hb.malloc(bytes.length) || (releaseFacesBut(hb, key) ? hb.malloc(bytes.length) : 0);
    if (!entry.pointer) {
      faces.delete(key);
      throw new FontFormatError(`字体文件太大（${Math.round(bytes.length / 2 ** 20)} MB），印刷引擎装不下：请换用 ${MAX_POSTSCRIPT_FONT_BYTES / 2 ** 20} MB 以内的字体文件`);
    }
    // After malloc, which may grow (and so replace) the heap's buffer.
    new Uint8Array(hb.memory.buffer, entry.pointer, bytes.length).set(bytes);
    const blob = hb.hb_blob_create(entry.pointer, bytes.length, MEMORY_MODE_WRITABLE, 0, 0);
    entry.face = hb.hb_face_create(blob, entry.font.faceIndex);
    hb.hb_blob_destroy(blob);
  }
  return entry.face;
}

/**
 * harfbuzz's heap holds a few compact fonts with room to spare, but only
 * two or three fonts read whole (an office's .otf, 20-30 MB each for CJK):
 * when it is full, the faces of the other fonts go (they are read again if
 * asked for again). True when any went.
 */
function releaseFacesBut(hb: Harfbuzz, keep: string): boolean {
  let released = false;
  for (const [key, entry] of faces) {
    if (key === keep || !entry.face) continue;
    hb.hb_face_destroy(entry.face);
    hb.free(entry.pointer);
    faces.delete(key);
    released = true;
  }
  return released;
}

/** The font in `file` cut down to the glyphs of `text`'s characters. `wholeFile`: from the font read whole (for tests). */
export async function subsetToText(file: string, text: string, { wholeFile = false } = {}): Promise<Uint8Array> {
  const hb = await loadHarfbuzz();
  // Sorted unique code points: the same text always gives the same subset bytes.
  const codePoints = [...new Set([...text].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const face = faceFor(hb, file, codePoints, wholeFile);
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error('harfbuzz: hb_subset_input_create_or_fail failed');
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
    hb.hb_set_clear(hb.hb_subset_input_set(input, SETS_LAYOUT_FEATURE_TAG));
    const drop = hb.hb_subset_input_set(input, SETS_DROP_TABLE_TAG);
    for (const t of DROPPED_TABLES) hb.hb_set_add(drop, tag(t));
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | FLAG_NO_HINTING | FLAG_NO_LAYOUT_CLOSURE | FLAG_NO_BIDI_CLOSURE);
    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('harfbuzz: hb_subset_or_fail failed (is the font file damaged?)');
    const blob = hb.hb_face_reference_blob(subset);
    const out = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), hb.hb_blob_get_length(blob)).slice();
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
    return out;
  } finally {
    hb.hb_subset_input_destroy(input);
  }
}
