/**
 * A cache for the expensive outputs (PDFs, social cards), keyed by a hash of
 * everything that shapes them: the inputs the caller names, the fonts' bytes,
 * and the code (every file under src/ plus the lockfile). An unchanged issue
 * is not drawn again; a change anywhere in the code or the fonts misses.
 * `JIANBAO_CACHE=off` turns it off (the determinism test compares fresh output).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

export interface CacheStats {
  hits: number;
  misses: number;
}

/** An output ready to be written where it belongs: from the cache file, or from memory when the cache is off. */
export interface Stored {
  /** Writes the output to `target`, making its folder if need be. */
  writeTo(target: string): void;
  read(): Uint8Array;
}

/** A folder output (a search bundle), in the cache or in a temporary folder when the cache is off. */
export interface StoredFolder {
  writeTo(target: string): void;
  /** Lets go of the temporary folder; a cached folder stays. */
  dispose(): void;
}

function inMemory(bytes: Uint8Array): Stored {
  return {
    writeTo: (target) => {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    },
    read: () => bytes,
  };
}

/**
 * Puts a cached file at `target` as a hard link when it can (same file
 * system), else as a copy: a rebuild places some 9,000 unchanged files in
 * dist/, and linking them takes a tenth of the time of copying. A cache entry
 * is never written again once stored (new entries are renamed into place), so
 * the link is safe as long as nobody edits a file inside dist/ in place.
 */
export function placeFile(file: string, target: string): void {
  try {
    linkSync(file, target);
  } catch (error) {
    // The folder is made only when missing: one mkdir per file would cost as much as the links.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && existsSync(file)) {
      mkdirSync(dirname(target), { recursive: true });
      placeFile(file, target);
    } else if (code === 'EEXIST') {
      // Replaced, never written into: the file there may itself be a link to another cache entry.
      rmSync(target);
      placeFile(file, target);
    } else copyFileSync(file, target); // another file system: a copy
  }
}

/** `placeFile` for every file of a folder. */
export function placeFolder(folder: string, target: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) placeFile(join(entry.parentPath, entry.name), join(target, relative(folder, entry.parentPath), entry.name));
  }
}

function inFile(file: string): Stored {
  return {
    writeTo: (target) => placeFile(file, target),
    read: () => new Uint8Array(readFileSync(file)),
  };
}

export class BuildCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly dir: string | undefined;
  private readonly version: string;

  /** `dir` undefined: no caching, every call produces. */
  constructor(dir: string | undefined, version: string) {
    this.dir = dir;
    this.version = version;
  }

  /**
   * Like `get`, but holding nothing in memory when caching: a build of
   * thousands of cards keeps file names, not 200 MB of PNGs, until it writes dist/.
   */
  async fetch(kind: string, inputs: unknown, produce: () => Promise<Uint8Array | undefined>): Promise<Stored | undefined> {
    const found = this.lookup(kind, inputs);
    if (!found) {
      const bytes = await produce();
      return bytes && inMemory(bytes);
    }
    if (!found.hit) {
      const bytes = await produce();
      if (!bytes) return undefined;
      this.store(found.file, bytes);
    }
    return inFile(found.file);
  }

  /**
   * A folder made by `produce(dir)`: the cached one when `inputs` are
   * unchanged. A folder is stored whole or not at all (written aside, then
   * renamed), and nothing is kept when `produce` fails.
   */
  async fetchFolder(kind: string, inputs: unknown, produce: (dir: string) => Promise<void>): Promise<StoredFolder> {
    const found = this.lookup(kind, inputs, '');
    const dir = found ? found.file : join(mkdtempSync(join(tmpdir(), 'jianbao-')), kind);
    if (!found?.hit) {
      const partial = found ? `${dir}.${process.pid}.partial` : dir;
      try {
        mkdirSync(partial, { recursive: true });
        await produce(partial);
        if (found) renameSync(partial, dir);
      } catch (error) {
        rmSync(found ? partial : dirname(dir), { recursive: true, force: true });
        throw error;
      }
    }
    return {
      writeTo: (target) => placeFolder(dir, target),
      dispose: () => {
        if (!found) rmSync(dirname(dir), { recursive: true, force: true });
      },
    };
  }

  /** Where `inputs` are (or would be) cached, and whether they are; undefined when the cache is off. */
  lookup(kind: string, inputs: unknown, extension = '.bin'): { file: string; hit: boolean } | undefined {
    if (!this.dir) return undefined;
    const file = this.fileFor(kind, inputs, extension);
    usedIn(this.dir).add(`${kind}/${basename(file)}`);
    const hit = existsSync(file);
    if (hit) this.stats.hits++;
    else this.stats.misses++;
    return { file, hit };
  }

  /** Stores bytes produced elsewhere under a file `lookup` named. */
  put(file: string, bytes: Uint8Array): void {
    this.store(file, bytes);
  }

  private fileFor(kind: string, inputs: unknown, extension: string): string {
    return join(this.dir!, kind, `${digest([this.version, kind, inputs])}${extension}`);
  }

  private store(file: string, bytes: Uint8Array): void {
    mkdirSync(dirname(file), { recursive: true });
    // Write then rename, so a build killed half-way never leaves a truncated entry.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  }

  /** The cached bytes for `inputs`, or `produce()`'s, stored for next time. */
  async get(kind: string, inputs: unknown, produce: () => Promise<Uint8Array | undefined>): Promise<Uint8Array | undefined> {
    return (await this.fetch(kind, inputs, produce))?.read();
  }

}

/** The cache folder for a build in `root`: node_modules/.cache/jianbao, `JIANBAO_CACHE_DIR`, or none (`JIANBAO_CACHE=off`). */
export function buildCacheDir(root: string): string | undefined {
  if (process.env.JIANBAO_CACHE === 'off') return undefined;
  return process.env.JIANBAO_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'jianbao');
}

/** The cache for a build in `root`. `fontFiles`: the fonts the outputs are drawn with. */
export function openBuildCache(root: string, fontFiles: readonly string[]): BuildCache {
  const dir = buildCacheDir(root);
  return new BuildCache(dir, dir ? digest([codeVersion(root), fontFiles.map(fileHash)]) : '');
}

/** Every entry this process looked up, per cache folder: what the build used, kept by `pruneCache`. */
const used = new Map<string, Set<string>>();
function usedIn(dir: string): Set<string> {
  let entries = used.get(dir);
  if (!entries) used.set(dir, (entries = new Set()));
  return entries;
}

export interface PruneResult {
  kept: number;
  removed: number;
  removedBytes: number;
}

const BUILDS_FOLDER = 'builds';
let pruned = 0;

/**
 * Drops the cache entries that none of the last `keep` builds used. Each
 * edit leaves the old versions of what it changed behind (a changed issue's
 * PDF, the latest year's search bundle of every publish), and a change to the
 * code leaves everything: without pruning the cache only grows. Each build
 * records what it used (builds/<time>.json); entries the last `keep` builds
 * used stay, so switching between two branches still builds from the cache.
 * An entry written after `since` (by a build running alongside) is left alone.
 */
export function pruneCache(dir: string, keep = 2, since = Date.now()): PruneResult {
  const builds = join(dir, BUILDS_FOLDER);
  mkdirSync(builds, { recursive: true });
  // Named to sort by time; the counter tells apart two builds of one process in the same millisecond (tests).
  const name = `${String(Date.now()).padStart(15, '0')}-${String(process.pid).padStart(8, '0')}-${String(++pruned).padStart(6, '0')}.json`;
  writeFileSync(join(builds, name), JSON.stringify([...usedIn(dir)].sort()));
  used.delete(dir); // this build's record is written: a next build in this process starts afresh
  const manifests = readdirSync(builds).filter((n) => n.endsWith('.json')).sort();
  const recent = manifests.slice(-keep);
  for (const old of manifests.slice(0, -keep)) rmSync(join(builds, old), { force: true });
  const wanted = new Set(recent.flatMap((m) => JSON.parse(readFileSync(join(builds, m), 'utf8')) as string[]));
  const result: PruneResult = { kept: 0, removed: 0, removedBytes: 0 };
  for (const kind of readdirSync(dir, { withFileTypes: true })) {
    if (!kind.isDirectory() || kind.name === BUILDS_FOLDER) continue;
    for (const entry of readdirSync(join(dir, kind.name))) {
      const path = join(dir, kind.name, entry);
      const name = `${kind.name}/${entry}`;
      if (wanted.has(name)) {
        result.kept++;
        continue;
      }
      const stat = statSync(path);
      if (stat.mtimeMs >= since) continue;
      result.removedBytes += stat.isDirectory() ? folderBytes(path) : stat.size;
      rmSync(path, { recursive: true, force: true });
      result.removed++;
    }
  }
  return result;
}

/** Bytes of every file under `dir`. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

// PDFs and cards open a cache each in the same build, over the same code and mostly the same fonts: hash each once.
// Hashed from the file, not from a loaded font: the build's main thread never keeps 55 MB of fonts it does not draw with.
const fileHashes = new Map<string, string>();
function fileHash(file: string): string {
  let hash = fileHashes.get(file);
  if (!hash) fileHashes.set(file, (hash = createHash('sha256').update(readFileSync(file)).digest('hex')));
  return hash;
}

const codeVersions = new Map<string, string>();

/** A hash of the code that draws and renders: every file under src/, the Astro config and the exact dependency versions. */
export function codeVersion(root: string): string {
  let version = codeVersions.get(root);
  if (!version) codeVersions.set(root, (version = hashCode(root)));
  return version;
}

function hashCode(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(join(root, 'src'));
  for (const file of ['package-lock.json', 'package.json', 'astro.config.mjs']) {
    if (existsSync(join(root, file))) hash.update(file).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
}

const memo = new WeakMap<object, string>();

/**
 * `digest` for values built from the archive's objects, which never change
 * once loaded: each object is hashed once and stands in by its hash wherever
 * it turns up again (the same issue is part of a thousand pages' inputs).
 */
export function memoDigest(value: unknown): string {
  if (value === null || typeof value !== 'object') return digest(value);
  let hash = memo.get(value);
  if (hash === undefined) {
    // Primitives stay as they are; objects inside stand in by their own (memoised) hash.
    const part = (v: unknown): unknown => (v !== null && typeof v === 'object' ? `#${memoDigest(v)}` : v);
    const parts =
      value instanceof Map ? { __map: [...value.entries()].map(([k, v]) => [k, part(v)]) }
      : value instanceof Set ? { __set: [...value].map(part) }
      : value instanceof Uint8Array ? { __bytes: digest(value) }
      : Array.isArray(value) ? value.map(part)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, part(v)]));
    memo.set(value, (hash = digest(parts)));
  }
  return hash;
}

/** SHA-256 of a value's JSON, with object keys sorted so that key order never matters. */
export function digest(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex');
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { __map: [...v.entries()] };
    if (v instanceof Set) return { __set: [...v] };
    if (v instanceof Uint8Array) return { __bytes: createHash('sha256').update(v).digest('hex') };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}
