/**
 * The YAML cache of `npm run print` (src/core/load/yaml-cache.ts): what it
 * hands back is what parsing gives, lines included, and a run with it loads
 * the same archive and reports the same mistakes, at the same lines, as a
 * run without.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/core/load/index.ts';
import { parseMarkdownSource } from '../../src/core/load/markdown-source.ts';
import { openYamlCache } from '../../src/core/load/yaml-cache.ts';
import { parseYamlSource, type FieldPath, type YamlCache } from '../../src/core/load/yaml-source.ts';
import { makeContentRoot } from '../helpers/content-fixture.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const scratch = mkdtempSync(join(tmpdir(), 'jianbao-yaml-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;
const cacheFile = () => join(scratch, `cache-${++files}.bin`);

/** A cache that counts what it was asked and what it had. */
function counting(cache: YamlCache) {
  const count = { gets: 0, hits: 0 };
  const wrapped: YamlCache = {
    get(text) {
      count.gets++;
      const kept = cache.get(text);
      if (kept) count.hits++;
      return kept;
    },
    set: (text, data, positions) => cache.set(text, data, positions),
  };
  return { wrapped, count };
}

/** Every path to a value in `data`, for asking the line of each. */
function paths(data: unknown, prefix: FieldPath = []): FieldPath[] {
  if (Array.isArray(data)) return [prefix, ...data.flatMap((d, i) => paths(d, [...prefix, i]))];
  if (data && typeof data === 'object') return [prefix, ...Object.entries(data).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

const REGIONS = readFileSync(join(PROJECT, 'content', 'regions.yaml'), 'utf8');

describe('parseYamlSource with a cache', () => {
  it('hands back the data parsing gives, and the same line for every field, once saved and opened again', () => {
    const file = cacheFile();
    const first = openYamlCache(file);
    const fresh = parseYamlSource(REGIONS, first);
    first.save();
    const { wrapped, count } = counting(openYamlCache(file));
    const cached = parseYamlSource(REGIONS, wrapped);
    expect(count).toEqual({ gets: 1, hits: 1 });
    expect(cached.data).toEqual(fresh.data);
    expect(cached.errors).toEqual([]);
    const all = paths(fresh.data);
    expect(all.length).toBeGreaterThan(500);
    expect(all.map((p) => [cached.lineOf(p), cached.keyLineOf(p)])).toEqual(all.map((p) => [fresh.lineOf(p), fresh.keyLineOf(p)]));
  });

  it('parses a text again when one character of it changed', () => {
    const file = cacheFile();
    const cache = openYamlCache(file);
    parseYamlSource('a: 1\n', cache);
    cache.save();
    const { wrapped, count } = counting(openYamlCache(file));
    expect(parseYamlSource('a: 2\n', wrapped).data).toEqual({ a: 2 });
    expect(count.hits).toBe(0);
  });

  it('keeps no text with a mistake: it is reported again, at its line, on every run', () => {
    const file = cacheFile();
    const broken = 'a: 1\nb: [1, 2\nc: 3\n';
    const first = openYamlCache(file);
    const errors = parseYamlSource(broken, first).errors;
    expect(errors.length).toBeGreaterThan(0);
    first.save();
    const { wrapped, count } = counting(openYamlCache(file));
    expect(parseYamlSource(broken, wrapped).errors).toEqual(errors);
    expect(count.hits).toBe(0);
  });

  it('hands out a copy each time: changing one does not change the next', () => {
    const cache = openYamlCache(cacheFile());
    parseYamlSource('list: [1, 2]\n', cache);
    const a = parseYamlSource('list: [1, 2]\n', cache).data as { list: number[] };
    a.list.push(3);
    expect(parseYamlSource('list: [1, 2]\n', cache).data).toEqual({ list: [1, 2] });
  });

  it('holds only what the last run read', () => {
    const file = cacheFile();
    const first = openYamlCache(file);
    parseYamlSource('a: 1\n', first);
    parseYamlSource('b: 2\n', first);
    first.save();
    const second = openYamlCache(file);
    parseYamlSource('b: 2\n', second);
    second.save();
    expect([...(deserialize(readFileSync(file)) as Map<string, unknown>).keys()]).toEqual(['b: 2\n']);
  });

  it('takes an entry it did not write (another format, damaged) for a miss', () => {
    const file = cacheFile();
    writeFileSync(file, serialize(new Map([['a: 1\n', serialize({ a: 1 })], ['b: 2\n', new Uint8Array([1, 2, 3])]])));
    const { wrapped, count } = counting(openYamlCache(file));
    expect(parseYamlSource('a: 1\n', wrapped).data).toEqual({ a: 1 });
    expect(parseYamlSource('b: 2\n', wrapped).lineOf(['b'])).toBe(1);
    expect(count).toEqual({ gets: 2, hits: 0 });
  });

  it('starts empty from a damaged file, and from a frontmatter it never saw', () => {
    const file = cacheFile();
    writeFileSync(file, 'not a cache');
    const { wrapped, count } = counting(openYamlCache(file));
    const text = '---\ndate: 2025-01-10\n---\n';
    expect(parseMarkdownSource(text, wrapped).frontmatter!.data).toEqual({ date: '2025-01-10' });
    expect(count).toEqual({ gets: 1, hits: 0 });
  });
});

describe('loadArchive with a YAML cache', () => {
  const warm = (root: string) => {
    const file = cacheFile();
    const cache = openYamlCache(file);
    loadArchive(root, 'content', { yamlCache: cache });
    cache.save();
    const { wrapped, count } = counting(openYamlCache(file));
    return { result: loadArchive(root, 'content', { yamlCache: wrapped }), count };
  };

  it('loads the sample archive as without, every file from the cache', () => {
    const { result, count } = warm(PROJECT);
    const plain = loadArchive(PROJECT);
    expect(count.hits).toBe(count.gets);
    expect(count.gets).toBeGreaterThan(20);
    expect(result.errorCount).toBe(0);
    expect(result.archive).toEqual(plain.archive);
    expect(result.diagnostics).toEqual(plain.diagnostics);
  });

  it('reports the same mistakes at the same lines, found by rules in files it took from the cache', () => {
    const root = makeContentRoot({
      // Clean YAML (cached), wrong content: the rules ask the cache-made source for lines.
      'issues/2025/1/lankao.md': '---\ntitle: 测试标题一\nregion: 不存在的县\ncommittee: 开封市人大常委会代表工委\ntopics: [建议办理, 建议办理]\nmetrics:\n  no_such_metric: 3\norder: 1\n---\n\n正文。\n',
      // A value of the wrong type: zod's report asks for the line.
      'issues/2025/2/beiguan.md': '---\ntitle: 测试标题二\nregion: 北关区\ncommittee: 安阳市北关区人大常委会\norder: 第一\n---\n\n正文。\n',
      // Broken YAML: never cached.
      'series.yaml': '- id: test-series\n  label: [unclosed\n',
    });
    try {
      const plain = loadArchive(root);
      expect(plain.errorCount).toBeGreaterThanOrEqual(4);
      const { result, count } = warm(root);
      expect(count.hits).toBeGreaterThan(5);
      expect(result.diagnostics).toEqual(plain.diagnostics);
      expect(result.diagnostics.every((d) => d.line > 0)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
