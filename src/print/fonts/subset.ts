/**
 * Subsetting with harfbuzz (harfbuzzjs' subsetter, the engine behind
 * subset-font). pdf-lib's own subsetting (@pdf-lib/fontkit 1.1.1) writes
 * broken glyph tables for small subsets, so fonts are subset here and
 * embedded whole (`subset: false`).
 *
 * Each font file is read by harfbuzz once per process and kept: reading a
 * 15 MB CJK font into the wasm heap for every issue would cost more than
 * laying the issue out. It is read straight into the wasm heap, with no
 * copy in JavaScript's. Only the glyphs of the characters drawn are kept
 * (no layout closure, no layout tables): the engine positions every glyph
 * itself, so alternates and OpenType features would be dead weight.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

interface Harfbuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
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
/** Tables a PDF viewer never reads from an embedded TrueType font. */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'vhea', 'vmtx', 'VORG', 'STAT', 'meta', 'DSIG', 'gasp', 'hdmx', 'LTSH', 'kern'];

const tag = (s: string) => [...s].reduce((a, ch) => ((a << 8) | ch.charCodeAt(0)) >>> 0, 0);

let harfbuzz: Promise<Harfbuzz> | undefined;
function loadHarfbuzz(): Promise<Harfbuzz> {
  harfbuzz ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm);
    const hb = instance.exports as unknown as Harfbuzz;
    hb._initialize();
    return hb;
  })();
  return harfbuzz;
}

const faces = new Map<string, number>();

function faceOf(hb: Harfbuzz, file: string): number {
  let face = faces.get(file);
  if (face === undefined) {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const pointer = hb.malloc(size);
      if (!pointer) throw new Error(`harfbuzz: no memory for ${file}`);
      // The view is made after malloc, which may grow (and so replace) the wasm memory.
      const target = new Uint8Array(hb.memory.buffer, pointer, size);
      for (let done = 0; done < size; ) {
        const n = readSync(fd, target, done, size - done, done);
        if (n === 0) throw new Error(`${file}：读取字体文件时文件变短了`);
        done += n;
      }
      const blob = hb.hb_blob_create(pointer, size, MEMORY_MODE_WRITABLE, 0, 0);
      face = hb.hb_face_create(blob, 0);
      hb.hb_blob_destroy(blob);
    } finally {
      closeSync(fd);
    }
    faces.set(file, face);
  }
  return face;
}

/** The font in `file` cut down to the glyphs of `text`'s characters. */
export async function subsetToText(file: string, text: string): Promise<Uint8Array> {
  const hb = await loadHarfbuzz();
  const face = faceOf(hb, file);
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error('harfbuzz: hb_subset_input_create_or_fail failed');
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    // Sorted unique code points: the same text always gives the same subset bytes.
    for (const cp of [...new Set([...text].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b)) hb.hb_set_add(unicodes, cp);
    hb.hb_set_clear(hb.hb_subset_input_set(input, SETS_LAYOUT_FEATURE_TAG));
    const drop = hb.hb_subset_input_set(input, SETS_DROP_TABLE_TAG);
    for (const t of DROPPED_TABLES) hb.hb_set_add(drop, tag(t));
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | FLAG_NO_HINTING | FLAG_NO_LAYOUT_CLOSURE);
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
