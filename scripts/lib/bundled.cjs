/**
 * Runs a command from one bundled file instead of its few hundred source
 * modules. `npm run print` loads the content model, Markdown, YAML, zod,
 * pdf-lib and the print engine: about 450 modules, whose resolving and
 * loading was a third of a cold run. esbuild bundles them into one file on
 * the first run and again whenever any file that went into the bundle
 * changes (size or modification time, from the input list esbuild reports;
 * installed packages by their package manager's install record), so an
 * edit to src/ takes effect on the next run as it would without the bundle.
 * If bundling fails for any reason the command runs from its sources. What
 * the bundle changes of its sources is in bundle-plugins.cjs. Code only
 * some runs need can go in parts, bundled beside the command (runCommand).
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
const { basename, dirname, join, relative, resolve, sep } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script, constants: vmConstants } = require('node:vm');

/**
 * What the launcher tells a command's main():
 * - `cachePrefix`, a path to which the command may add a suffix for a cache
 *   of its own, valid for as long as the code of the command and its parts
 *   stays the same (removed when they are made again);
 * - `importBundled(file)`, one of the command's parts (see runCommand)
 *   loaded from its own bundle, with its own code cache; any other file is
 *   imported from its sources.
 * Run from its sources, a command gets neither.
 * @typedef {{ cachePrefix?: string, importBundled?: (file: string) => Promise<Record<string, any>> }} Launch
 */

/**
 * How a run went: from a bundle reused or just made, or from the sources; and
 * whether V8's code cache was used, made for the next run, or not involved;
 * and the same of the code cache of each part the command imported.
 * @typedef {{ bundle: 'cached' | 'built' | 'source', code: 'used' | 'made' | 'none', parts: ('used' | 'made')[] }} BundleUse
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
 *
 * `parts`: modules the command imports only on some runs (loading the
 * archive afresh), bundled beside it rather than in it: the command calls
 * `launch.importBundled(part)`. A run that needs none of them does not pay
 * to read and set up their code (the loader, zod and the YAML parser were
 * ~15 ms of every `npm run print`). They are made with the command's bundle
 * and go by its checksum, so `cachePrefix` changes with any of their code.
 * `external`: packages left to load at run time (native addons cannot be bundled).
 * @param {string} entry
 * @param {BundleOptions} [options]
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

/** @typedef {{ external?: string[], parts?: string[] }} BundleOptions */

/**
 * Runs `entry` (its top level, then its `main()`) from its bundle, making the bundle first when it is missing or stale.
 * @param {string} entry
 * @param {string} [dir]
 * @param {BundleOptions} [options]
 * @returns {Promise<BundleUse>}
 */
async function importBundled(entry, dir = BUNDLE_DIR, { external = [], parts = [] } = {}) {
  if (process.env.JIANBAO_BUNDLE === 'off') return runFromSource(entry);
  // Named for the entry's full path too: two checkouts may share one node_modules (a symlink).
  const name = `${nameOf(entry)}-${pathHash(resolve(entry))}`;
  const file = join(dir, `${name}.cjs`);
  const manifestFile = join(dir, `${name}.json`);
  const partFiles = new Map(parts.map((part) => [resolve(part), join(dir, `${name}.${nameOf(part)}-${pathHash(resolve(part))}.cjs`)]));
  let made = false;
  // Made again when a file went into it has changed, or a bundle file has gone (a cache folder tidied by hand).
  if (!isFresh(manifestFile) || ![file, ...partFiles.values()].every((f) => existsSync(f))) {
    try {
      await build(entry, file, manifestFile, external, partFiles);
      made = true;
    } catch {
      return runFromSource(entry);
    }
  }
  const command = runBundle(file, dir, name);
  /** @type {Map<string, RanBundle>} */
  const ran = new Map();
  /** @type {Launch} */
  const launch = {
    cachePrefix: command.cachePrefix,
    async importBundled(part) {
      const bundle = partFiles.get(resolve(part));
      if (!bundle) return import(pathToFileURL(resolve(part)).href);
      if (!ran.has(bundle)) ran.set(bundle, runBundle(bundle, dir, name));
      return ran.get(bundle)?.exports ?? {};
    },
  };
  await command.exports.main?.(launch);
  const partCode = [...ran.values()].map((part) => part.keepCode());
  return { bundle: made ? 'built' : 'cached', code: command.keepCode(), parts: partCode };
}

/** @param {string} file */
const nameOf = (file) => basename(file).replace(/\.[cm]?[jt]s$/, '');

/**
 * A bundle run this process: its exports, the prefix for caches that
 * belong to its code, and `keepCode()`, called once the command is done.
 * @typedef {{ exports: Record<string, any>, cachePrefix: string, keepCode: () => BundleUse['code'] }} RanBundle
 */

/**
 * Runs a bundle as Node runs a CommonJS file, with V8's code cache for it
 * when there is one. `keepCode()` leaves the cache for the next run when
 * there was none (or V8 refused it: another Node, other flags); it is
 * called after the command's `main()`, so that the cache holds every
 * function the run compiled. V8 checks a cache against its source by
 * length only, so each cache is named for its bundle's contents (the
 * checksum on the bundle's first line); `name` is the command's, so that
 * its parts' caches go when it is made again.
 * @param {string} file
 * @param {string} dir
 * @param {string} name
 * @returns {RanBundle}
 */
function runBundle(file, dir, name) {
  const source = readFileSync(file, 'utf8');
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
    filename: file,
    cachedData,
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const keepCode = () => {
    if (cachedData && !script.cachedDataRejected) return 'used';
    try {
      writeAtomically(cacheFile, script.createCachedData());
    } catch {
      // A read-only cache folder: the next run compiles again, as this one did.
    }
    return 'made';
  };
  return { exports: module.exports, cachePrefix, keepCode };
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
  return { bundle: 'source', code: 'none', parts: [] };
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
 * The bundle of `entry`, one of each of its `parts` (each whole on its own:
 * what they share is in each), and the files that went into them (absolute paths).
 * Throws when esbuild cannot bundle it (e.g. top-level await, which a CommonJS bundle cannot hold).
 * @param {string} entry
 * @param {string[]} [external]
 * @param {string[]} [parts]
 * `deferred`: the names of the DEFERRED loads put off in these bundles.
 * @returns {Promise<{ code: Uint8Array, parts: Uint8Array[], inputs: string[], deferred: string[] }>}
 */
async function bundle(entry, external = [], parts = []) {
  const esbuild = await import('esbuild');
  const { bundlePlugins } = require('./bundle-plugins.cjs');
  /** @type {string[]} */
  const deferred = [];
  /** @type {string[]} */
  const resolved = [];
  const entryPoints = [entry, ...parts].map((file) => resolve(file));
  const result = await esbuild.build({
    entryPoints,
    // Several bundles: each written to its own (virtual) file, matched to its entry by the metafile.
    outdir: join(dirname(entryPoints[0]), '.bundles'),
    entryNames: '[dir]/[name]-[hash]',
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
  /** @type {Map<string, Uint8Array>} */
  const byEntry = new Map();
  for (const out of result.outputFiles) {
    const meta = result.metafile.outputs[relative(cwd, out.path).split(sep).join('/')];
    if (meta?.entryPoint) byEntry.set(resolve(cwd, meta.entryPoint), out.contents);
  }
  const [code, ...partCode] = entryPoints.map((file) => {
    const contents = byEntry.get(file);
    if (!contents) throw new Error(`esbuild gave no bundle for ${file}`);
    return contents;
  });
  return { code, parts: partCode, inputs, deferred: [...new Set(deferred)].sort() };
}

/**
 * @param {string} entry @param {string} bundleFile @param {string} manifestFile @param {string[]} external
 * @param {Map<string, string>} partFiles Each part's source and the file its bundle goes to.
 */
async function build(entry, bundleFile, manifestFile, external, partFiles) {
  const { crc32 } = await import('node:zlib');
  const started = BigInt(Date.now() - 1000) * 1_000_000n;
  const { code, parts, inputs } = await bundle(entry, external, [...partFiles.keys()]);
  /** @type {Manifest} */
  const manifest = {
    inputs: [...new Set(inputs.map(watchedFor))].map((file) => {
      const s = statSync(file, { bigint: true });
      return [file, Number(s.size), String(s.mtimeNs)];
    }),
  };
  mkdirSync(dirname(bundleFile), { recursive: true });
  // Parts, then the command, then the manifest, each renamed into place: a concurrent run sees a whole old or a whole new set.
  // A first line names the contents, and with them the code cache that belongs to them; the command's names its
  // parts' too, so that the caches it keeps (cachePrefix) change with any of their code.
  const checksum = (/** @type {Uint8Array[]} */ ...codes) => {
    let crc = 0;
    for (const c of codes) crc = crc32(c, crc);
    return `// ${crc.toString(16)}-${codes.reduce((n, c) => n + c.length, 0)}\n`;
  };
  [...partFiles.values()].forEach((file, i) => writeAtomically(file, Buffer.concat([Buffer.from(checksum(parts[i])), parts[i]])));
  writeAtomically(bundleFile, Buffer.concat([Buffer.from(checksum(code, ...parts)), code]));
  // The code caches and the command's own caches of the bundles before, and bundles of parts it no longer has.
  const name = basename(bundleFile, '.cjs');
  const current = new Set([bundleFile, manifestFile, ...partFiles.values()].map((f) => basename(f)));
  for (const old of readdirSync(dirname(bundleFile))) {
    if (old.startsWith(`${name}-`) || (old.startsWith(`${name}.`) && !current.has(old))) rmSync(join(dirname(bundleFile), old), { force: true });
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
