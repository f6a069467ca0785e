/**
 * Runs a command from one bundled file instead of its few hundred source
 * modules. `npm run print` loads the content model, Markdown, YAML, zod,
 * pdf-lib and the print engine: about 450 modules, whose resolving and
 * loading was a third of a cold run. esbuild bundles them into one file on
 * the first run and again whenever any file that went into the bundle
 * changes (size or modification time, from the input list esbuild reports;
 * installed packages by their package manager's install record), so an
 * edit to src/ takes effect on the next run as it would without the bundle. If bundling fails for any reason the command runs from its sources.
 * What the bundle changes of its sources is in bundle-plugins.cjs.
 *
 * The bundle runs with V8's code cache of everything the previous run
 * compiled, not only what the file's first pass compiles (what Node's own
 * compile cache keeps): a cold run then parses and compiles almost nothing.
 *
 * A command module exports `main(launch)`, which the launcher calls; run
 * directly it starts itself with `if (import.meta.main) void main()`.
 *
 * Plain CommonJS (types in JSDoc), as is the launcher that loads it: a .ts
 * file makes Node load its TypeScript stripper (~40 ms of a cold run), and
 * an ES module its module loader (~5 ms; node:fs as an ES module namespace
 * even loads fs.promises, watchers, readline and streams).
 */
'use strict';
const { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join, resolve, sep } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script, constants: vmConstants } = require('node:vm');

/**
 * What the launcher tells a command's main(): `cachePrefix`, a path to which
 * the command may add a suffix for a cache of its own, valid for as long as
 * the bundle's code stays the same (removed when it is made again). Run
 * from its sources, a command gets no prefix.
 * @typedef {{ cachePrefix?: string }} Launch
 */

/**
 * How a run went: from a bundle reused or just made, or from the sources; and
 * whether V8's code cache was used, made for the next run, or not involved.
 * @typedef {{ bundle: 'cached' | 'built' | 'source', code: 'used' | 'made' | 'none' }} BundleUse
 */

/** Where bundles live: beside the build cache, never in git. */
const BUNDLE_DIR = join(__dirname, '..', '..', 'node_modules', '.cache', 'jianbao-cli');

/**
 * @typedef {object} Manifest
 * @property {[string, number, string][]} inputs Absolute path, size and modification time (ns) of every file the bundle
 *   was made from (for installed packages, their install record: see watchedFor).
 */

/**
 * A command line's whole run: `entry` run from its bundle and the process
 * ended. A bug's stack is printed without Node's echo of the bundle's one
 * long line (bad input is reported by the command itself). Left to Node's
 * own exit, tearing down took another ~100 ms of every run.
 * @param {string} entry
 * @param {{ external?: string[] }} [options]
 * @returns {Promise<never>}
 */
async function runCommand(entry, options = {}) {
  try {
    await importBundled(entry, BUNDLE_DIR, options);
  } catch (error) {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  }
  process.exit(process.exitCode ?? 0);
}

/**
 * Runs `entry` (its top level, then its `main()`) from its bundle, making the bundle first when it is missing or stale.
 * `external`: packages left to load at run time (native addons cannot be bundled).
 * @param {string} entry
 * @param {string} [dir]
 * @param {{ external?: string[] }} [options]
 * @returns {Promise<BundleUse>}
 */
async function importBundled(entry, dir = BUNDLE_DIR, { external = [] } = {}) {
  if (process.env.JIANBAO_BUNDLE === 'off') return runFromSource(entry);
  // Named for the entry's full path too: two checkouts may share one node_modules (a symlink).
  const name = `${basename(entry).replace(/\.[cm]?[jt]s$/, '')}-${pathHash(resolve(entry))}`;
  const bundle = join(dir, `${name}.cjs`);
  const manifestFile = join(dir, `${name}.json`);
  let made = false;
  if (!isFresh(manifestFile)) {
    try {
      await build(entry, bundle, manifestFile, external);
      made = true;
    } catch {
      return runFromSource(entry);
    }
  }
  return { bundle: made ? 'built' : 'cached', code: await runBundle(bundle, dir, name) };
}

/**
 * Runs a bundle as Node runs a CommonJS file, with V8's code cache for it
 * when there is one, and leaves the cache for the next run when there was
 * none (or V8 refused it: another Node, other flags). The cache is made
 * after `main()`, so that it holds every function the run compiled.
 * V8 checks a cache against its source by length only, so each cache is
 * named for its bundle's contents (the checksum on the bundle's first line).
 * @param {string} bundle
 * @param {string} dir
 * @param {string} name
 * @returns {Promise<BundleUse['code']>}
 */
async function runBundle(bundle, dir, name) {
  const source = readFileSync(bundle, 'utf8');
  const cachePrefix = join(dir, `${name}-${source.slice(3, source.indexOf('\n'))}`);
  const cacheFile = `${cachePrefix}.v8`;
  /** @type {Buffer | undefined} */
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  /** @type {{ exports: { main?: (launch: Launch) => Promise<void> } }} */
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  await module.exports.main?.({ cachePrefix });
  if (cachedData && !script.cachedDataRejected) return 'used';
  try {
    writeAtomically(cacheFile, script.createCachedData());
  } catch {
    // A read-only cache folder: the next run compiles again, as this one did.
  }
  return 'made';
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
  const module = await import(pathToFileURL(resolve(entry)).href);
  await module.main?.();
  return { bundle: 'source', code: 'none' };
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

/**
 * The bundle of `entry` and the files that went into it (absolute paths).
 * Throws when esbuild cannot bundle it (e.g. top-level await, which a CommonJS bundle cannot hold).
 * @param {string} entry
 * @param {string[]} [external]
 * `deferred`: the names of the DEFERRED loads put off in this bundle.
 * @returns {Promise<{ code: Uint8Array, inputs: string[], deferred: string[] }>}
 */
async function bundle(entry, external = []) {
  const esbuild = await import('esbuild');
  const { bundlePlugins } = require('./bundle-plugins.cjs');
  /** @type {string[]} */
  const deferred = [];
  /** @type {string[]} */
  const resolved = [];
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    // CommonJS, so that it runs as a vm.Script with a code cache (an ES module cannot, without a flag).
    format: 'cjs',
    target: 'node22',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    // A smaller file is read, hashed and decoded faster on every run; names stay, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    // What the bundle changes of its sources, and pako's API on Node's zlib instead of pako itself.
    plugins: bundlePlugins(deferred, resolved),
    alias: { pako: join(__dirname, 'pako-zlib.cjs') },
    external,
  });
  const cwd = process.cwd();
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes(':')) // esbuild's virtual modules (plugin namespaces)
    .map((file) => resolve(cwd, file));
  // Files whose paths the bundle holds, and the bundler's own recipe: change one and bundles are made again.
  inputs.push(...new Set(resolved), __filename, require.resolve('./bundle-plugins.cjs'));
  return { code: result.outputFiles[0].contents, inputs, deferred: [...new Set(deferred)].sort() };
}

/** @param {string} entry @param {string} bundleFile @param {string} manifestFile @param {string[]} external */
async function build(entry, bundleFile, manifestFile, external) {
  const { crc32 } = await import('node:zlib');
  const started = BigInt(Date.now() - 1000) * 1_000_000n;
  const { code, inputs } = await bundle(entry, external);
  /** @type {Manifest} */
  const manifest = {
    inputs: [...new Set(inputs.map(watchedFor))].map((file) => {
      const s = statSync(file, { bigint: true });
      return [file, Number(s.size), String(s.mtimeNs)];
    }),
  };
  mkdirSync(dirname(bundleFile), { recursive: true });
  // Bundle before manifest, each renamed into place: a concurrent run sees a whole old or a whole new pair.
  // The first line names the contents, and with them the code cache that belongs to them.
  writeAtomically(bundleFile, Buffer.concat([Buffer.from(`// ${crc32(code).toString(16)}-${code.length}\n`), code]));
  // The code cache and the command's own caches of the bundle before.
  for (const old of readdirSync(dirname(bundleFile))) {
    if (old.startsWith(`${basename(bundleFile, '.cjs')}-`)) rmSync(join(dirname(bundleFile), old), { force: true });
  }
  // A file saved while esbuild read it may be in the bundle as it was: then no manifest, so the next run bundles again.
  if (manifest.inputs.some(([, , mtime]) => BigInt(mtime) >= started)) return;
  writeAtomically(manifestFile, JSON.stringify(manifest));
}

/**
 * The file a package manager rewrites whenever it changes a node_modules
 * folder: npm's hidden lockfile, pnpm's and yarn's install state.
 */
const INSTALL_RECORDS = ['.package-lock.json', '.modules.yaml', '.yarn-state.yml'];

/**
 * The file whose size and time stand for `input` in a manifest: an
 * installed package's files are covered by their node_modules folder's
 * install record, as Vite's dependency cache is by the lockfile. Checking
 * each of the ~570 installed files a print bundle holds took a cold run
 * ~4 ms. A hand edit inside node_modules is therefore not seen (delete
 * node_modules/.cache/jianbao-cli, or run with JIANBAO_BUNDLE=off); without
 * an install record each file is checked.
 * @param {string} input
 */
function watchedFor(input) {
  const at = input.indexOf(`${sep}node_modules${sep}`);
  if (at < 0) return input;
  const folder = input.slice(0, at + `${sep}node_modules`.length);
  return INSTALL_RECORDS.map((name) => join(folder, name)).find((record) => existsSync(record)) ?? input;
}

/** @param {string} file @param {string | Uint8Array} contents */
function writeAtomically(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
}

module.exports = { BUNDLE_DIR, runCommand, importBundled, bundle };
