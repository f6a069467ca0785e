/**
 * The archive cache of the one-issue commands (src/core/load/archive-cache.ts):
 * the archive comes back as it was loaded while nothing it was loaded from
 * changed, and is loaded afresh after any change: a character of a file, a
 * file added, an office font file replaced. An archive with mistakes is
 * never kept.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchiveCached } from '../../src/core/load/archive-cache.ts';
import { loadArchive } from '../../src/core/load/index.ts';
import { DEFAULT_FONT_FILES } from '../../src/print/fonts/roles.ts';
import { makeContentRoot } from '../helpers/content-fixture.ts';

const ISSUE = { year: 2025, number: 1 };
const scratch = mkdtempSync(join(tmpdir(), 'jianbao-archive-cache-'));
const roots: string[] = [];
afterAll(() => [scratch, ...roots].forEach((d) => rmSync(d, { recursive: true, force: true })));

let files = 0;
/** A content root, and a loader over it that counts its loads. */
function setUp(overlay: Record<string, string> = {}) {
  const root = makeContentRoot(overlay);
  roots.push(root);
  const file = join(scratch, `archive-${++files}.bin`);
  let loads = 0;
  const load = () => {
    loads++;
    return Promise.resolve(loadArchive(root, 'content', { articlesOf: ISSUE }));
  };
  return { root, file, cached: () => loadArchiveCached(root, 'content', ISSUE, file, load), loads: () => loads };
}

const article = (root: string) => join(root, 'content', 'issues', '2025', '1', 'lankao.md');

describe('loadArchiveCached', () => {
  it('gives the archive back as loaded while nothing changed, without loading it', async () => {
    const t = setUp();
    const first = await t.cached();
    const again = await t.cached();
    expect(t.loads()).toBe(1);
    expect(again.errorCount).toBe(0);
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(again.archive!.publication).toEqual(first.archive!.publication);
    // The issue asked for, field lines included.
    expect(again.archive!.issues).toEqual(first.archive!.issues.filter((i) => i.key === '2025/1'));
    expect(again.archive!.issues[0]!.articles[0]!.lines.title).toBe(2);
  });

  it('keeps no archive without the issue asked for (the command lists the issues there are)', async () => {
    const root = makeContentRoot();
    roots.push(root);
    const file = join(scratch, `archive-${++files}.bin`);
    let loads = 0;
    const load = () => {
      loads++;
      return Promise.resolve(loadArchive(root, 'content', { articlesOf: { year: 2025, number: 9 } }));
    };
    for (let run = 1; run <= 2; run++) {
      const r = await loadArchiveCached(root, 'content', { year: 2025, number: 9 }, file, load);
      expect(r.archive!.issues.map((i) => i.key)).toEqual(['2025/1', '2025/2']);
      expect(loads).toBe(run);
    }
  });

  it('loads afresh when one character of a file changed, and gives the new text', async () => {
    const t = setUp();
    await t.cached();
    writeFileSync(article(t.root), readFileSync(article(t.root), 'utf8').replace('测试正文第一段。', '测试正文第一段！'));
    const again = await t.cached();
    expect(t.loads()).toBe(2);
    expect(again.archive!.issues[0]!.articles[0]!.body).toContain('测试正文第一段！');
    await t.cached();
    expect(t.loads()).toBe(2);
  });

  it('loads afresh when a file is added beside the content', async () => {
    const t = setUp();
    await t.cached();
    writeFileSync(join(t.root, 'content', 'issues', '2025', '1', 'photo.png'), 'png');
    await t.cached();
    expect(t.loads()).toBe(2);
  });

  it('loads afresh when an office font file named in publication.yaml is replaced', async () => {
    const t = setUp();
    const font = join(t.root, 'body.ttf');
    copyFileSync(DEFAULT_FONT_FILES.heiti(), font);
    writeFileSync(
      join(t.root, 'content', 'publication.yaml'),
      `${readFileSync(join(t.root, 'content', 'publication.yaml'), 'utf8')}print:\n  fonts:\n    body: body.ttf\n`,
    );
    await t.cached();
    await t.cached();
    expect(t.loads()).toBe(1);
    const later = new Date(Date.now() + 60_000);
    utimesSync(font, later, later);
    await t.cached();
    expect(t.loads()).toBe(2);
  });

  it('never keeps an archive with mistakes: they are reported on every run', async () => {
    const t = setUp({ 'issues/2025/1/lankao.md': '---\ntitle: 坏稿\nregion: 不存在的县\ncommittee: 测试\norder: 1\n---\n正文\n' });
    for (let run = 1; run <= 2; run++) {
      const r = await t.cached();
      expect(r.errorCount).toBeGreaterThan(0);
      expect(t.loads()).toBe(run);
    }
  });

  it('loads afresh from a damaged cache file', async () => {
    const t = setUp();
    await t.cached();
    writeFileSync(t.file, 'not a cache');
    expect((await t.cached()).errorCount).toBe(0);
    expect(t.loads()).toBe(2);
  });
});
