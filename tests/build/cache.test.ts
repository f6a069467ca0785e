/**
 * The build cache for PDFs, cards and pages: keyed by everything that shapes
 * an output, so an unchanged issue is not drawn again and an unchanged page not
 * rendered again, a changed one always is, and a build from the cache equals a
 * build from scratch, byte for byte.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildCache, digest, memoDigest, placeFile, pruneCache } from '../../src/build/cache.ts';
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

  it('memoDigest tells values apart like digest, and ignores key order', () => {
    const issue = { key: '2025/24', articles: [{ title: '甲', body: '正文' }], tags: new Set(['x']), by: new Map([['k', { v: 1 }]]) };
    expect(memoDigest({ issue, page: 1 })).toBe(memoDigest({ page: 1, issue: { ...issue } }));
    expect(memoDigest({ issue, page: 1 })).not.toBe(memoDigest({ issue, page: 2 }));
    expect(memoDigest({ issue })).not.toBe(memoDigest({ issue: { ...issue, articles: [{ title: '乙', body: '正文' }] } }));
    expect(memoDigest({ a: [1, 2] })).not.toBe(memoDigest({ a: [2, 1] }));
    expect(memoDigest({ a: '1' })).not.toBe(memoDigest({ a: 1 }));
    expect(memoDigest({ m: new Map([['k', { v: 1 }]]) })).not.toBe(memoDigest({ m: new Map([['k', { v: 2 }]]) }));
  });

  it('lookup names the entry and says whether it is there; put stores it', () => {
    const cache = new BuildCache(dir, 'v3');
    const first = cache.lookup('page', { path: '/a/' })!;
    expect(first.hit).toBe(false);
    cache.put(first.file, new TextEncoder().encode('<p>甲</p>'));
    expect(cache.lookup('page', { path: '/a/' })).toEqual({ file: first.file, hit: true });
    expect(cache.lookup('page', { path: '/b/' })!.hit).toBe(false);
    expect(new BuildCache(undefined, '').lookup('page', { path: '/a/' })).toBeUndefined();
  });

  it('stores a folder whole, reuses it while its inputs are unchanged, and keeps nothing of a failed one', async () => {
    const cache = new BuildCache(dir, 'v4');
    let produced = 0;
    const make = (text: string) => async (folder: string) => {
      produced++;
      writeFileSync(join(folder, 'a.txt'), text);
    };
    const read = (stored: { writeTo(target: string): void }) => {
      const target = mkdtempSync(join(tmpdir(), 'jianbao-folder-'));
      stored.writeTo(join(target, 'out'));
      const text = readFileSync(join(target, 'out', 'a.txt'), 'utf8');
      rmSync(target, { recursive: true, force: true });
      return text;
    };
    expect(read(await cache.fetchFolder('search', { year: 2025 }, make('甲')))).toBe('甲');
    expect(read(await cache.fetchFolder('search', { year: 2025 }, make('乙')))).toBe('甲');
    expect(read(await cache.fetchFolder('search', { year: 2024 }, make('丙')))).toBe('丙');
    expect(produced).toBe(2);
    const failing = cache.fetchFolder('search', { year: 2023 }, async (folder) => {
      writeFileSync(join(folder, 'a.txt'), 'half');
      throw new Error('索引失败');
    });
    await expect(failing).rejects.toThrow('索引失败');
    expect(read(await cache.fetchFolder('search', { year: 2023 }, make('丁')))).toBe('丁');
    expect(readdirSync(join(dir, 'search')).filter((n) => n.includes('partial'))).toEqual([]);
  });

  it('places a cached file by a link, making its folder, and replaces what is there without writing into it', () => {
    const cached = join(dir, 'entry.bin');
    const other = join(dir, 'other.bin');
    writeFileSync(cached, '甲');
    writeFileSync(other, '乙');
    const target = join(dir, 'dist', 'a', 'b', 'index.html');
    placeFile(other, target);
    placeFile(cached, target);
    expect(readFileSync(target, 'utf8')).toBe('甲');
    expect(statSync(target).ino).toBe(statSync(cached).ino);
    // The entry the target pointed to before is untouched.
    expect(readFileSync(other, 'utf8')).toBe('乙');
  });

  it('with the cache off, makes the folder in a temporary place that dispose removes', async () => {
    let made = '';
    const stored = await new BuildCache(undefined, '').fetchFolder('search', {}, async (folder) => {
      made = folder;
      writeFileSync(join(folder, 'a.txt'), '甲');
    });
    expect(existsSync(join(made, 'a.txt'))).toBe(true);
    stored.dispose();
    expect(existsSync(made)).toBe(false);
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

  it('draws and renders only what changed, and gives the same bytes as a build from scratch', () => {
    const first = build({ JIANBAO_CACHE_DIR: cacheDir });
    expect(first).toMatch(/印刷版 PDF：6 期（新绘 6，缓存 0，/);
    expect(first).toMatch(/页面：\d+ 页新生成，0 页未变沿用上次构建/);
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
    // Pages: the article's own, its issue's, the lists that show its title; the rest reused.
    const pages = second.match(/页面：(\d+) 页新生成，(\d+) 页未变沿用上次构建/)!;
    expect(Number(pages[1])).toBeGreaterThan(0);
    expect(Number(pages[2])).toBeGreaterThan(Number(pages[1]));
    expect(cached['issues/2025/24/xinxiang/index.html']).not.toBe(before['issues/2025/24/xinxiang/index.html']);
    expect(cached['issues/2025/24/index.html']).not.toBe(before['issues/2025/24/index.html']);
    expect(cached['issues/2024/9/guangshan/index.html']).toBe(before['issues/2024/9/guangshan/index.html']);

    build({ JIANBAO_CACHE: 'off' });
    expect(fileHashes(join(copy, 'dist'))).toEqual(cached);
  });

  it('after one more issue, reuses the unchanged pages and still equals a build from scratch', () => {
    // The cache is pruned to what the last two builds used: the first build's PDF of 2025/24, before its title changed, goes.
    const again = build({ JIANBAO_CACHE_DIR: cacheDir });
    expect(Number(again.match(/构建缓存：保留 \d+ 项（最近两次构建用到的），清理 (\d+) 项/)?.[1])).toBeGreaterThan(0);
    expect(readdirSync(join(cacheDir, 'pdf'))).toHaveLength(6);
    const before = fileHashes(join(copy, 'dist'));
    expect(runScript(copy, 'scripts/new-issue.ts', ['--date', '2025-12-30']).status).toBe(0);
    const made = runScript(copy, 'scripts/new-article.ts', ['2025/25', '--region', '西峡县', '--title', '西峡县代表联络站新观察']);
    expect(made.status, made.stderr).toBe(0);
    const file = join(copy, made.stdout.split('\n').find((l) => l.endsWith('.md'))!);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.slice(0, text.indexOf('\n---\n') + 5)}\n西峡县人大常委会把代表联络站建到村口，群众有事随时来谈。\n`);

    const out = build({ JIANBAO_CACHE_DIR: cacheDir });
    expect(out).toMatch(/印刷版 PDF：7 期（新绘 1，缓存 6，/);
    // Search: the latest year's bundle is indexed again (its 8 articles and the new one), the earlier years' reused.
    expect(out).toMatch(/搜索索引：17 篇文章（新索引 9，缓存 8，/);
    const pages = out.match(/页面：(\d+) 页新生成，(\d+) 页未变沿用上次构建/)!;
    expect(Number(pages[2])).toBeGreaterThan(Number(pages[1]));
    const after = fileHashes(join(copy, 'dist'));
    // The previous issue now links to the new one; an older issue's page is reused as it was.
    expect(after['issues/2025/24/index.html']).not.toBe(before['issues/2025/24/index.html']);
    expect(after['issues/2025/25/index.html']).toBeDefined();
    expect(after['issues/2024/9/index.html']).toBe(before['issues/2024/9/index.html']);
    // The sitemap lists reused pages too.
    expect(readFileSync(join(copy, 'dist/sitemap-0.xml'), 'utf8')).toContain('/issues/2024/9/guangshan/');
    expect(after['pagefind/earlier/pagefind-entry.json']).toBe(before['pagefind/earlier/pagefind-entry.json']);
    expect(after['pagefind/pagefind-entry.json']).not.toBe(before['pagefind/pagefind-entry.json']);

    build({ JIANBAO_CACHE: 'off' });
    expect(fileHashes(join(copy, 'dist'))).toEqual(after);
  });
});

describe('pruneCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-prune-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const later = () => Date.now() + 60_000; // no entry counts as written by a build running alongside
  const build = async (...issues: number[]) => {
    const cache = new BuildCache(dir, 'v1');
    for (const issue of issues) await cache.get('pdf', { issue }, async () => new TextEncoder().encode(`PDF ${issue}`));
  };
  const cached = () => readdirSync(join(dir, 'pdf')).length;

  it('keeps what the last two builds used and drops the rest, stray partial files included', async () => {
    await build(1, 2);
    expect(pruneCache(dir, 2, later())).toEqual({ kept: 2, removed: 0, removedBytes: 0 });
    await build(2, 3);
    expect(pruneCache(dir, 2, later())).toMatchObject({ kept: 3, removed: 0 });
    writeFileSync(join(dir, 'pdf', 'left-by-a-killed-build.bin.123.partial'), 'x');
    await build(3, 4);
    // Issue 1 was last used two builds ago.
    expect(pruneCache(dir, 2, later())).toEqual({ kept: 3, removed: 2, removedBytes: 'PDF 1'.length + 1 });
    expect(cached()).toBe(3);
    expect(readdirSync(join(dir, 'builds'))).toHaveLength(2);
    // What is kept still hits.
    const cache = new BuildCache(dir, 'v1');
    await cache.get('pdf', { issue: 3 }, async () => new TextEncoder().encode('again'));
    expect(cache.stats).toEqual({ hits: 1, misses: 0 });
  });

  it('keeps folders the build used, and leaves alone what a build running alongside just wrote', async () => {
    const cache = new BuildCache(dir, 'v1');
    await cache.fetchFolder('search', { bundle: 'latest' }, async (d) => writeFileSync(join(d, 'index.json'), '{}'));
    const since = Date.now() - 60_000;
    // Written after `since` by another build, used by neither of the last two builds here.
    writeFileSync(join(dir, 'pdf', 'other-build.bin'), 'x');
    const result = pruneCache(dir, 2, since);
    expect(readdirSync(join(dir, 'search'))).toHaveLength(1);
    expect(existsSync(join(dir, 'pdf', 'other-build.bin'))).toBe(true);
    expect(result.removed).toBe(0);
  });
});
