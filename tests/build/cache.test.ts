/**
 * The build cache for PDFs and cards: keyed by everything that shapes an
 * output, so an unchanged issue is not drawn again, a changed one always is,
 * and a build from the cache equals a build from scratch.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildCache, digest } from '../../src/build/cache.ts';
import { fileHashes } from '../helpers/file-hashes.ts';
import { makeProjectCopy, runScript } from '../helpers/project-copy.ts';

describe('BuildCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('produces on a miss, returns the stored bytes on a hit, and misses when any input changes', async () => {
    const cache = new BuildCache(dir, 'v1');
    let produced = 0;
    const make = (text: string) => async () => {
      produced++;
      return new TextEncoder().encode(text);
    };
    expect(new TextDecoder().decode(await cache.get('pdf', { issue: 1, body: '甲' }, make('first')))).toBe('first');
    expect(new TextDecoder().decode(await cache.get('pdf', { body: '甲', issue: 1 }, make('second')))).toBe('first');
    expect(new TextDecoder().decode(await cache.get('pdf', { issue: 1, body: '乙' }, make('third')))).toBe('third');
    expect(new TextDecoder().decode(await cache.get('card', { issue: 1, body: '甲' }, make('fourth')))).toBe('fourth');
    expect(produced).toBe(3);
    expect(cache.stats).toEqual({ hits: 1, misses: 3 });
    // Another code or font version never sees the old entries.
    expect(new TextDecoder().decode(await new BuildCache(dir, 'v2').get('pdf', { issue: 1, body: '甲' }, make('fifth')))).toBe('fifth');
  });

  it('does not store a failed output', async () => {
    const cache = new BuildCache(dir, 'v1');
    expect(await cache.get('pdf', { failing: true }, async () => undefined)).toBeUndefined();
    expect(await cache.get('pdf', { failing: true }, async () => new Uint8Array([1]))).toEqual(new Uint8Array([1]));
  });

  it('digests values, not key order', () => {
    expect(digest({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(digest({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(digest({ a: 1 })).not.toBe(digest({ a: 2 }));
  });
});

describe('a rebuild with the cache', () => {
  const copy = makeProjectCopy();
  const cacheDir = mkdtempSync(join(tmpdir(), 'jianbao-cache-'));
  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const build = (env: Record<string, string>) => {
    const r = runScript(copy, 'scripts/build.ts', [], env);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };

  it('draws only what changed, and gives the same bytes as a build from scratch', () => {
    const first = build({ JIANBAO_CACHE_DIR: cacheDir });
    expect(first).toMatch(/印刷版 PDF：6 期（新绘 6，缓存 0，/);
    const before = fileHashes(join(copy, 'dist'));

    // One article's title changes: its issue's PDF, its card and its issue's card are drawn again.
    const file = join(copy, 'content/issues/2025/24/xinxiang.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1（修订）'));
    const second = build({ JIANBAO_CACHE_DIR: cacheDir });
    expect(second).toMatch(/印刷版 PDF：6 期（新绘 1，缓存 5，/);
    expect(second).toMatch(/分享卡片：\d+ 张（新绘 2，缓存 \d+，/);
    const cached = fileHashes(join(copy, 'dist'));
    expect(cached['pdf/2025-24.pdf']).not.toBe(before['pdf/2025-24.pdf']);
    expect(cached['cards/2025/24/xinxiang.png']).not.toBe(before['cards/2025/24/xinxiang.png']);
    expect(cached['pdf/2025-23.pdf']).toBe(before['pdf/2025-23.pdf']);

    build({ JIANBAO_CACHE: 'off' });
    expect(fileHashes(join(copy, 'dist'))).toEqual(cached);
  });
});
