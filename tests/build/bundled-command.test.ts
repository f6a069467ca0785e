/**
 * scripts/lib/bundled.cjs runs a command from one bundled file, made again
 * whenever a file that went into it changes, and from its sources when
 * bundling is off or fails; V8's code cache of the previous run goes with
 * each bundle. Each case runs in a fresh Node process, as `npm run print` does.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';

const BUNDLED = pathToFileURL(resolve('scripts/lib/bundled.cjs')).href;

let dir: string;
let clock = 0;

/** Writes a source file saved `clock` minutes ago, each one later than the last (a file saved just now is another case). */
function save(file: string, text: string): void {
  writeFileSync(file, text);
  const when = new Date(Date.now() - 60 * 60_000 + ++clock * 60_000);
  utimesSync(file, when, when);
}

beforeEach(() => {
  clock = 0;
  dir = mkdtempSync(join(tmpdir(), 'jianbao-bundled-'));
  save(join(dir, 'entry.ts'), "import { answer } from './answer.ts';\nexport async function main(): Promise<void> {\n  const n: number = answer();\n  console.log(`answer=${n}`);\n}\n");
  save(join(dir, 'answer.ts'), 'export const answer = (): number => 1;\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(cacheDir = join(dir, 'cache'), env: Record<string, string> = {}, entry = join(dir, 'entry.ts'), parts: string[] = []) {
  const script = `const { importBundled } = await import(${JSON.stringify(BUNDLED)}); const u = await importBundled(${JSON.stringify(entry)}, ${JSON.stringify(cacheDir)}, { parts: ${JSON.stringify(parts)} }); console.log('use=' + u.bundle + ' code=' + u.code + ' parts=' + u.parts.join(','));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  expect(r.status, r.stderr).toBe(0);
  return { answer: /answer=(\d+)/.exec(r.stdout)?.[1], use: /use=(\w+)/.exec(r.stdout)?.[1], code: /code=(\w+)/.exec(r.stdout)?.[1], parts: /parts=([\w,]*)/.exec(r.stdout)?.[1] };
}

describe('importBundled', () => {
  it('bundles on the first run and reuses the bundle after', () => {
    expect(run()).toMatchObject({ answer: '1', use: 'built' });
    expect(run()).toMatchObject({ answer: '1', use: 'cached' });
  });

  it('bundles again when a file that went into the bundle changes', () => {
    expect(run().use).toBe('built');
    save(join(dir, 'answer.ts'), 'export const answer = (): number => 2;\n');
    expect(run()).toMatchObject({ answer: '2', use: 'built' });
    expect(run()).toMatchObject({ answer: '2', use: 'cached' });
  });

  it('does not trust a bundle made while a file in it was being saved', () => {
    writeFileSync(join(dir, 'answer.ts'), 'export const answer = (): number => 3;\n'); // saved just now
    expect(run()).toMatchObject({ answer: '3', use: 'built' });
    // No manifest was kept: the next run bundles again rather than risk a bundle of half-saved sources.
    expect(run()).toMatchObject({ answer: '3', use: 'built' });
  });

  it('keeps the bundles of two entries of the same name apart (checkouts sharing node_modules)', () => {
    const other = join(dir, 'other');
    mkdirSync(other);
    save(join(other, 'entry.ts'), "console.log('answer=7');\n");
    const cache = join(dir, 'cache');
    expect(run(cache)).toMatchObject({ answer: '1', use: 'built' });
    expect(run(cache, {}, join(other, 'entry.ts'))).toMatchObject({ answer: '7', use: 'built' });
    expect(run(cache)).toMatchObject({ answer: '1', use: 'cached' });
    expect(run(cache, {}, join(other, 'entry.ts'))).toMatchObject({ answer: '7', use: 'cached' });
  });

  it('keeps each file’s own import.meta paths in the bundle', () => {
    mkdirSync(join(dir, 'lib'));
    save(join(dir, 'lib', 'where.ts'), 'export const where = (): string => import.meta.dirname;\n');
    save(join(dir, 'entry.ts'), "import { where } from './lib/where.ts';\nconsole.log(`answer=${where() === process.env.EXPECTED ? 1 : 0}`);\n");
    expect(run(undefined, { EXPECTED: join(dir, 'lib') })).toMatchObject({ answer: '1', use: 'built' });
    expect(run(undefined, { EXPECTED: join(dir, 'lib') })).toMatchObject({ answer: '1', use: 'cached' });
  });

  /** An installed package `dep` beside the entry, and the entry using it; `record`: npm's hidden lockfile too. */
  function installDep(record: boolean): void {
    mkdirSync(join(dir, 'node_modules', 'dep'), { recursive: true });
    save(join(dir, 'node_modules', 'dep', 'package.json'), '{ "name": "dep", "main": "index.js" }\n');
    save(join(dir, 'node_modules', 'dep', 'index.js'), 'exports.answer = () => 1;\n');
    if (record) save(join(dir, 'node_modules', '.package-lock.json'), '{ "packages": { "node_modules/dep": { "version": "1.0.0" } } }\n');
    save(join(dir, 'entry.ts'), "import { answer } from 'dep';\nconsole.log(`answer=${answer()}`);\n");
  }

  it('bundles again when the package manager changes an installed package (its install record changes)', () => {
    installDep(true);
    expect(run()).toMatchObject({ answer: '1', use: 'built' });
    save(join(dir, 'node_modules', 'dep', 'index.js'), 'exports.answer = () => 2;\n');
    // An installed file is not checked one by one: a hand edit inside node_modules goes unseen...
    expect(run()).toMatchObject({ answer: '1', use: 'cached' });
    // ...until npm, pnpm or yarn rewrites its install record, as every install does.
    save(join(dir, 'node_modules', '.package-lock.json'), '{ "packages": { "node_modules/dep": { "version": "2.0.0" } } }\n');
    expect(run()).toMatchObject({ answer: '2', use: 'built' });
    expect(run()).toMatchObject({ answer: '2', use: 'cached' });
  });

  it('checks each installed file when node_modules has no install record', () => {
    installDep(false);
    expect(run()).toMatchObject({ answer: '1', use: 'built' });
    save(join(dir, 'node_modules', 'dep', 'index.js'), 'exports.answer = () => 2;\n');
    expect(run()).toMatchObject({ answer: '2', use: 'built' });
  });

  it('resolves a package file named by a literal when bundling, and bundles again when it moves', () => {
    installDep(false);
    save(join(dir, 'node_modules', 'dep', 'data.txt'), '5');
    save(
      join(dir, 'entry.ts'),
      "import { createRequire } from 'node:module';\nimport { readFileSync } from 'node:fs';\nconst require = createRequire(import.meta.url);\n" +
        "export async function main(): Promise<void> {\n  console.log(`answer=${readFileSync(require.resolve('dep/data.txt'), 'utf8')}`);\n}\n",
    );
    expect(run()).toMatchObject({ answer: '5', use: 'built' });
    const [bundleFile] = readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.cjs'));
    const code = readFileSync(join(dir, 'cache', bundleFile!), 'utf8');
    expect(code).toContain(JSON.stringify(join(dir, 'node_modules', 'dep', 'data.txt')));
    expect(code).not.toContain('require.resolve(');
    // Another version installed in its place: the path in the bundle is made again.
    rmSync(join(dir, 'node_modules', 'dep'), { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'dep', 'lib'), { recursive: true });
    save(join(dir, 'node_modules', 'dep', 'package.json'), '{ "name": "dep", "exports": { "./data.txt": "./lib/data.txt" } }\n');
    save(join(dir, 'node_modules', 'dep', 'lib', 'data.txt'), '6');
    expect(run()).toMatchObject({ answer: '6', use: 'built' });
  });

  it('keeps V8’s code cache of a run for the next runs', () => {
    expect(run()).toEqual({ answer: '1', use: 'built', code: 'made', parts: '' });
    expect(run()).toEqual({ answer: '1', use: 'cached', code: 'used', parts: '' });
    expect(run()).toEqual({ answer: '1', use: 'cached', code: 'used', parts: '' });
  });

  /** A command that needs its part (part.ts, which holds answer.ts) only when NEED is set; it keeps a cache of its own. */
  function withPart(): string {
    const part = join(dir, 'part.ts');
    save(part, "import { answer } from './answer.ts';\nexport const fromPart = (): number => answer() * 10;\nexport const marker = 'PART-MARKER';\n");
    save(
      join(dir, 'entry.ts'),
      [
        "import { writeFileSync } from 'node:fs';",
        'export async function main(launch: { cachePrefix?: string; importBundled?: (file: string) => Promise<Record<string, any>> }): Promise<void> {',
        "  writeFileSync(`${launch.cachePrefix}.mine`, 'x');",
        `  const n = process.env.NEED ? (await launch.importBundled!(${JSON.stringify(part)})).fromPart() : 0;`,
        '  console.log(`answer=${n}`);',
        '}',
      ].join('\n'),
    );
    return part;
  }

  it('runs a part from a bundle of its own, only on the runs that import it, with its own code cache', () => {
    const part = withPart();
    expect(run(undefined, {}, undefined, [part])).toEqual({ answer: '0', use: 'built', code: 'made', parts: '' });
    const bundles = readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.cjs'));
    expect(bundles).toHaveLength(2);
    const command = bundles.find((f) => !f.includes('.part-'))!;
    expect(readFileSync(join(dir, 'cache', command), 'utf8')).not.toContain('PART-MARKER');
    expect(readFileSync(join(dir, 'cache', bundles.find((f) => f.includes('.part-'))!), 'utf8')).toContain('PART-MARKER');
    expect(run(undefined, { NEED: '1' }, undefined, [part])).toEqual({ answer: '10', use: 'cached', code: 'used', parts: 'made' });
    expect(run(undefined, { NEED: '1' }, undefined, [part])).toEqual({ answer: '10', use: 'cached', code: 'used', parts: 'used' });
    expect(run(undefined, {}, undefined, [part])).toEqual({ answer: '0', use: 'cached', code: 'used', parts: '' });
  });

  it('makes the command again, with new caches, when only a part’s code changes', () => {
    const part = withPart();
    const mine = () => readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.mine'));
    expect(run(undefined, { NEED: '1' }, undefined, [part]).answer).toBe('10');
    const [first] = mine();
    save(join(dir, 'answer.ts'), 'export const answer = (): number => 2;\n');
    expect(run(undefined, { NEED: '1' }, undefined, [part])).toEqual({ answer: '20', use: 'built', code: 'made', parts: 'made' });
    // What the command kept for the old code is gone: a cache of loaded content must not outlive the loader.
    expect(mine()).toHaveLength(1);
    expect(mine()[0]).not.toBe(first);
  });

  it('bundles again when a part’s bundle file is gone', () => {
    const part = withPart();
    expect(run(undefined, {}, undefined, [part]).use).toBe('built');
    const [partBundle] = readdirSync(join(dir, 'cache')).filter((f) => f.includes('.part-'));
    rmSync(join(dir, 'cache', partBundle!));
    expect(run(undefined, { NEED: '1' }, undefined, [part])).toEqual({ answer: '10', use: 'built', code: 'made', parts: 'made' });
  });

  it('removes the bundle of a part the command no longer has', () => {
    const part = withPart();
    expect(run(undefined, {}, undefined, [part]).use).toBe('built');
    save(join(dir, 'answer.ts'), 'export const answer = (): number => 2;\n');
    expect(run(undefined, {}, undefined, []).use).toBe('built');
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.cjs'))).toHaveLength(1);
  });

  it('imports a file that is not one of its parts from its sources', () => {
    const part = withPart();
    expect(run(undefined, { NEED: '1' }, undefined, [])).toEqual({ answer: '10', use: 'built', code: 'made', parts: '' });
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.cjs'))).toHaveLength(1);
    expect(part).toBeTruthy();
  });

  it('never runs a bundle with the code cache of other contents, even of the same length', () => {
    expect(run().code).toBe('made');
    // Same length as before: V8 itself would check no more than the length.
    save(join(dir, 'answer.ts'), 'export const answer = (): number => 2;\n');
    expect(run()).toEqual({ answer: '2', use: 'built', code: 'made', parts: '' });
    expect(run()).toEqual({ answer: '2', use: 'cached', code: 'used', parts: '' });
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
  });

  it('gives main() a place for caches of its own, cleared when the bundle is made again', () => {
    save(
      join(dir, 'entry.ts'),
      "import { writeFileSync } from 'node:fs';\nimport { answer } from './answer.ts';\nexport async function main(launch: { cachePrefix?: string }): Promise<void> {\n  writeFileSync(`${launch.cachePrefix}.mine`, 'x');\n  console.log(`answer=${answer()}`);\n}\n",
    );
    const mine = () => readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.mine'));
    expect(run().answer).toBe('1');
    const [first] = mine();
    expect(first).toMatch(/^entry-[0-9a-f]{8}-[0-9a-f]+-\d+\.mine$/);
    save(join(dir, 'answer.ts'), 'export const answer = (): number => 2;\n');
    expect(run().answer).toBe('2');
    expect(mine()).toHaveLength(1);
    expect(mine()[0]).not.toBe(first);
  });

  it('makes the code cache again when V8 refuses it', () => {
    expect(run().code).toBe('made');
    const [cache] = readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.v8'));
    writeFileSync(join(dir, 'cache', cache!), 'not a code cache');
    expect(run()).toEqual({ answer: '1', use: 'cached', code: 'made', parts: '' });
    expect(run()).toEqual({ answer: '1', use: 'cached', code: 'used', parts: '' });
  });

  it('runs from the sources when bundling is turned off', () => {
    expect(run(undefined, { JIANBAO_BUNDLE: 'off' })).toMatchObject({ answer: '1', use: 'source' });
  });

  it('runs from the sources when the bundle cannot be written', () => {
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, '');
    expect(run(join(blocked, 'cache'))).toMatchObject({ answer: '1', use: 'source' });
  });
});

describe('bundle', () => {
  const FRESH_LOAD = resolve('src/core/load/fresh-load.ts');
  // A command that esbuild cannot bundle would still run, from its sources, at several times the cost: say so here.
  it.each(['scripts/commands/print.ts', 'bench/typst/compile.ts'])('bundles %s and its part, a main() to call and no top-level await', async (entry) => {
    const { bundle } = await import(BUNDLED);
    const { code, parts, inputs, deferred } = await bundle(resolve(entry), ['@myriaddreamin/typst-ts-node-compiler'], [FRESH_LOAD]);
    expect(inputs).toContain(resolve(entry));
    expect(inputs).toContain(FRESH_LOAD);
    // An update of gray-matter or pdf-lib that changed the text the bundler edits would show here.
    expect(deferred).toEqual(entry.includes('print') ? ['gray-matter: js-yaml', 'pdf-lib: PNG decoder', 'pdf-lib: standard font encodings'] : ['gray-matter: js-yaml']);
    const load = (bytes: Uint8Array) => {
      const module = { exports: {} as Record<string, unknown> };
      // Defining the bundle's modules only; nothing is called.
      new Function('exports', 'require', 'module', Buffer.from(bytes).toString('utf8'))(module.exports, createRequire(resolve(entry)), module);
      return module.exports;
    };
    expect(typeof load(code).main).toBe('function');
    expect(typeof load(parts[0]).loadFresh).toBe('function');
    // The loader, zod and the YAML parser are in the part, not in the command.
    const text = Buffer.from(code).toString('utf8');
    for (const name of ['ZodObject', 'YAMLMap', 'parseContent']) {
      expect(text, name).not.toContain(name);
      expect(Buffer.from(parts[0]).toString('utf8'), name).toContain(name);
    }
    // esbuild escapes non-ASCII in strings but keeps it in regex literals; one such character makes
    // V8 hold the whole bundle as a two-byte string, and reading it costs a cold run ~4 ms more.
    for (const bytes of [code, ...parts]) {
      const nonAscii = [...Buffer.from(bytes).toString('utf8').matchAll(/.{0,40}[^\x00-\x7f].{0,10}/g)].map((m) => m[0]);
      expect(nonAscii, 'write these characters as \\u escapes or build the RegExp from a string').toEqual([]);
    }
  });
});

/** A 1 × 1 PNG. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('deferred loading', () => {
  it('leaves gray-matter’s default YAML engine, pdf-lib’s standard fonts, PNG images and compression working (loaded on first use, pako on zlib)', async () => {
    // Inside the project, so that the packages resolve.
    const project = mkdtempSync(join(resolve('node_modules/.cache'), 'jianbao-deferred-'));
    onTestFinished(() => rmSync(project, { recursive: true, force: true }));
    const entry = join(project, 'deferred.ts');
    save(
      entry,
      [
        "import matter from 'gray-matter';",
        "import { PDFDocument, StandardFonts } from 'pdf-lib';",
        'export async function main(): Promise<void> {',
        "  const data = matter('---\\ntitle: 你好\\nn: 3\\n---\\n正文').data;",
        '  const doc = await PDFDocument.create();',
        '  const font = await doc.embedFont(StandardFonts.Helvetica);',
        `  const png = await doc.embedPng(Buffer.from('${PNG_1X1}', 'base64'));`,
        "  doc.addPage().drawText('AB', { font });",
        '  const bytes = await doc.save();',
        '  const again = await PDFDocument.load(bytes);',
        "  const ok = data.title === '你好' && data.n === 3 && font.widthOfTextAtSize('AB', 10) > 0 && png.width === 1 && again.getPageCount() === 1;",
        '  console.log(`answer=${ok ? 1 : 0}`);',
        '}',
      ].join('\n'),
    );
    const { bundle } = await import(BUNDLED);
    expect((await bundle(entry)).deferred).toEqual(['gray-matter: js-yaml', 'pdf-lib: PNG decoder', 'pdf-lib: standard font encodings']);
    expect(run(undefined, {}, entry)).toMatchObject({ answer: '1', use: 'built' });
  });
});
