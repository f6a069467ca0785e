/**
 * Runs a command from one bundled file instead of its few hundred source
 * modules. `npm run print` loads the content model, Markdown, YAML, zod,
 * pdf-lib and the print engine: about 450 modules, whose resolving and
 * loading was a third of a cold run even with Node's compile cache. esbuild
 * bundles them into one file on the first run and again whenever any file
 * that went into the bundle changes (size or modification time, from the
 * input list esbuild reports), so an edit to src/ takes effect on the next
 * run as it would without the bundle. If bundling fails for any reason the
 * command runs from its sources.
 *
 * Plain JavaScript (types in JSDoc), as is the launcher that imports it: a
 * .ts file makes Node load its TypeScript stripper, ~40 ms of a cold run.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { enableCompileCache, flushCompileCache } from 'node:module';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';

/** @typedef {'cached' | 'built' | 'source'} BundleUse */

/** Where bundles live: beside the build cache, never in git. */
export const BUNDLE_DIR = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'jianbao-cli');

/**
 * @typedef {object} Manifest
 * @property {[string, number, string][]} inputs Absolute path, size and modification time (ns) of every file esbuild read.
 */

/**
 * A command line's whole run: Node's compile cache on, `entry` run from its
 * bundle, the cache written out and the process ended. A bug's stack is
 * printed without Node's echo of the bundle's one long line (bad input is
 * reported by the command itself). Left to Node's own exit, writing the
 * cache and tearing down took another ~100 ms of every run.
 * @param {string} entry
 * @param {{ external?: string[] }} [options]
 * @returns {Promise<never>}
 */
export async function runCommand(entry, options = {}) {
  enableCompileCache?.(join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'node-compile'));
  try {
    await importBundled(entry, BUNDLE_DIR, options);
  } catch (error) {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  }
  flushCompileCache?.();
  process.exit(process.exitCode ?? 0);
}

/**
 * Imports (runs) `entry` from its bundle, making the bundle first when it is missing or stale.
 * `external`: packages left to load at run time (native addons cannot be bundled).
 * @param {string} entry
 * @param {string} [dir]
 * @param {{ external?: string[] }} [options]
 * @returns {Promise<BundleUse>}
 */
export async function importBundled(entry, dir = BUNDLE_DIR, { external = [] } = {}) {
  if (process.env.JIANBAO_BUNDLE === 'off') return runFromSource(entry);
  // Named for the entry's full path too: two checkouts may share one node_modules (a symlink).
  const name = `${basename(entry).replace(/\.[cm]?[jt]s$/, '')}-${pathHash(resolve(entry))}`;
  const bundle = join(dir, `${name}.mjs`);
  const manifestFile = join(dir, `${name}.json`);
  /** @type {BundleUse} */
  let use = 'cached';
  if (!isFresh(manifestFile)) {
    try {
      await build(entry, bundle, manifestFile, external);
      use = 'built';
    } catch {
      return runFromSource(entry);
    }
  }
  await import(pathToFileURL(bundle).href);
  return use;
}

/**
 * FNV-1a of a path, in hex: enough to tell checkouts apart (node:crypto would cost a cold run ~5 ms to load).
 * @param {string} path
 */
function pathHash(path) {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** @param {string} entry @returns {Promise<BundleUse>} */
async function runFromSource(entry) {
  await import(pathToFileURL(resolve(entry)).href);
  return 'source';
}

/** @param {string} manifestFile */
function isFresh(manifestFile) {
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return false;
  }
  return manifest.inputs.every(([file, size, mtime]) => {
    try {
      const s = statSync(file, { bigint: true });
      return Number(s.size) === size && String(s.mtimeNs) === mtime;
    } catch {
      return false;
    }
  });
}

/** @param {string} entry @param {string} bundle @param {string} manifestFile @param {string[]} external */
async function build(entry, bundle, manifestFile, external) {
  const esbuild = await import('esbuild');
  const started = BigInt(Date.now() - 1000) * 1_000_000n;
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    // A smaller file is read, hashed and decoded faster on every run; names stay, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
    banner: { js: "import { createRequire as __jianbaoRequire } from 'node:module'; const require = __jianbaoRequire(import.meta.url);" },
    plugins: [requireAsImport, ownImportMeta],
    external,
  });
  const cwd = process.cwd();
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes(':')) // esbuild's virtual modules (plugin namespaces)
    .map((file) => resolve(cwd, file));
  // The bundler's own recipe is an input too: change this file and bundles are made again.
  inputs.push(resolve(import.meta.filename));
  /** @type {Manifest} */
  const manifest = {
    inputs: inputs.map((file) => {
      const s = statSync(file, { bigint: true });
      return [file, Number(s.size), String(s.mtimeNs)];
    }),
  };
  mkdirSync(dirname(bundle), { recursive: true });
  // Bundle before manifest, each renamed into place: a concurrent run sees a whole old or a whole new pair.
  writeAtomically(bundle, result.outputFiles[0].contents);
  // A file saved while esbuild read it may be in the bundle as it was: then no manifest, so the next run bundles again.
  if (manifest.inputs.some(([, , mtime]) => BigInt(mtime) >= started)) return;
  writeAtomically(manifestFile, JSON.stringify(manifest));
}

/** @param {string} file @param {string | Uint8Array} contents */
function writeAtomically(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
}

/**
 * src/print/cjs-modules.ts loads pdf-lib with require() so that Node skips
 * scanning it for exports; esbuild leaves such a require to run time. In
 * the bundle it becomes a plain import, and pdf-lib is bundled too (with
 * the one pako it and we share).
 * @type {import('esbuild').Plugin}
 */
const requireAsImport = {
  name: 'cjs-modules-as-imports',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]print[\\/]cjs-modules\.ts$/ }, () => ({
      contents: "import * as pdfLib from 'pdf-lib';\nimport pako from 'pako';\nexport { pdfLib, pako };\n",
      loader: 'ts',
      resolveDir: join(import.meta.dirname, '..', '..', 'src', 'print'),
    }));
  },
};

/**
 * In a bundle, `import.meta.url` would be the bundle's own place. Our files
 * use it to find things beside them (font packages, the Typst template), so
 * each keeps its own: the three `import.meta` paths become string literals.
 * @type {import('esbuild').Plugin}
 */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async ({ path }) => {
      if (path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      return {
        contents: source
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href))
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(path)))
          .replaceAll('import.meta.filename', JSON.stringify(path)),
        loader: /\.[cm]?ts$/.test(path) ? 'ts' : 'js',
      };
    });
  },
};
