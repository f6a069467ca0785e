/**
 * A cache for the expensive outputs (PDFs, social cards), keyed by a hash of
 * everything that shapes them: the inputs the caller names, the fonts' bytes,
 * and the code (every file under src/ plus the lockfile). An unchanged issue
 * is not drawn again; a change anywhere in the code or the fonts misses.
 * `JIANBAO_CACHE=off` turns it off (the determinism test compares fresh output).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface CacheStats {
  hits: number;
  misses: number;
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

  /** The cached bytes for `inputs`, or `produce()`'s, stored for next time. */
  async get(kind: string, inputs: unknown, produce: () => Promise<Uint8Array | undefined>): Promise<Uint8Array | undefined> {
    if (!this.dir) return produce();
    const key = digest([this.version, kind, inputs]);
    const file = join(this.dir, kind, `${key}.bin`);
    if (existsSync(file)) {
      this.stats.hits++;
      return new Uint8Array(readFileSync(file));
    }
    this.stats.misses++;
    const bytes = await produce();
    if (bytes) {
      mkdirSync(join(this.dir, kind), { recursive: true });
      // Write then rename, so a build killed half-way never leaves a truncated entry.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, bytes);
      renameSync(partial, file);
    }
    return bytes;
  }
}

/** The cache for a build in `root`: node_modules/.cache/jianbao, unless turned off. */
export function openBuildCache(root: string, fonts: readonly Uint8Array[]): BuildCache {
  const off = process.env.JIANBAO_CACHE === 'off';
  const dir = off ? undefined : (process.env.JIANBAO_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'jianbao'));
  return new BuildCache(dir, off ? '' : digest([codeVersion(root), fonts.map(fontHash)]));
}

// PDFs and cards open a cache each in the same build, over the same code and mostly the same fonts: hash each once.
const fontHashes = new WeakMap<Uint8Array, string>();
function fontHash(bytes: Uint8Array): string {
  let hash = fontHashes.get(bytes);
  if (!hash) fontHashes.set(bytes, (hash = createHash('sha256').update(bytes).digest('hex')));
  return hash;
}

const codeVersions = new Map<string, string>();

/** A hash of the code that draws: every file under src/, and the exact dependency versions. */
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
  for (const file of ['package-lock.json', 'package.json']) {
    if (existsSync(join(root, file))) hash.update(file).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
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
