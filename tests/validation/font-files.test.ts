/**
 * A font file named in publication.yaml is checked before anything is
 * drawn: that it is a TrueType/OpenType font, complete, with the tables the
 * print engine reads. A damaged file is an editor's error with a fix, never
 * a stack trace from the print engine.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_POSTSCRIPT_FONT_BYTES, fontProblem } from '../../src/core/rules/font-files.ts';
import { DEFAULT_FONT_FILES } from '../../src/print/fonts/roles.ts';

const fromSatori = createRequire(createRequire(import.meta.url).resolve('satori'));
const CFF_FONT = join(dirname(fromSatori.resolve('harfbuzzjs/package.json')), 'test', 'fonts', 'noto', 'NotoSans-Regular.otf');

const dir = mkdtempSync(join(tmpdir(), 'jianbao-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('fontProblem', () => {
  const ttf = readFileSync(DEFAULT_FONT_FILES.body());

  it('passes whole TrueType and CFF fonts', () => {
    expect(fontProblem(DEFAULT_FONT_FILES.body())).toBeUndefined();
    expect(fontProblem(CFF_FONT)).toBeUndefined();
  });

  it('names a font cut off after its table directory', () => {
    expect(fontProblem(fileWith('cut.ttf', ttf.subarray(0, 4000)))).toMatch(/不完整/);
    expect(fontProblem(fileWith('cut-directory.ttf', ttf.subarray(0, 20)))).toMatch(/不完整/);
  });

  it('names a missing table', () => {
    const renamed = Buffer.from(ttf.subarray(0, 600_000));
    const at = renamed.indexOf('cmap', 12, 'latin1');
    renamed.write('xmap', at, 'latin1');
    // Keep the file long enough for every table the directory lists.
    const file = fileWith('no-cmap.ttf', Buffer.concat([renamed, ttf.subarray(600_000)]));
    expect(fontProblem(file)).toBe('缺少字体表 cmap');
  });

  it('names a PostScript-outline font too large to go into the print engine whole', () => {
    const otf = readFileSync(CFF_FONT);
    const padded = fileWith('huge.otf', Buffer.concat([otf, Buffer.alloc(MAX_POSTSCRIPT_FONT_BYTES)]));
    expect(fontProblem(padded)).toMatch(/^太大（\d+ MB）.*上限 48 MB$/);
    // A TrueType font of any size is cut down before it goes in.
    expect(fontProblem(fileWith('huge.ttf', Buffer.concat([ttf, Buffer.alloc(MAX_POSTSCRIPT_FONT_BYTES)])))).toBeUndefined();
  });

  it('names a web font and a file that is no font', () => {
    expect(fontProblem(fileWith('web.woff2', 'wOF2\0\0\0\0rest of it'))).toMatch(/网页字体/);
    expect(fontProblem(fileWith('notes.ttf', '这不是字体'))).toMatch(/不是 TrueType\/OpenType/);
    expect(fontProblem(dir)).toBe('无法读取');
  });
});
