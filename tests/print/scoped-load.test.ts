/**
 * `npm run print` reads one issue's articles and every issue's index.md
 * (`loadArchive(…, { articlesOf })`): the print edition it draws is the
 * very PDF a full load gives, and a mistake in another issue's article does
 * not stop it, while the printed issue is still checked.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/core/load/index.ts';
import { loadFonts, printIssue } from '../../src/print/render.ts';
import { makeContentRoot } from '../helpers/content-fixture.ts';
import { PROJECT } from '../helpers/project-copy.ts';

describe('loading one issue for printing', () => {
  const full = loadArchive(PROJECT);

  it('gives every sample issue the same print edition, byte for byte, as the full archive', async () => {
    const archive = full.archive!;
    const fonts = loadFonts(PROJECT, archive);
    for (const issue of archive.issues) {
      const scoped = loadArchive(PROJECT, 'content', { articlesOf: issue });
      expect(scoped.errorCount).toBe(0);
      const same = scoped.archive!.issues.find((i) => i.key === issue.key)!;
      expect(same).toEqual(issue);
      // The other issues keep their numbering (index.md) but not their articles.
      expect(scoped.archive!.issues.map((i) => i.key)).toEqual(archive.issues.map((i) => i.key));
      expect(scoped.archive!.issues.filter((i) => i.key !== issue.key).every((i) => i.articles.length === 0)).toBe(true);
      const [a, b] = await Promise.all([printIssue(PROJECT, archive, issue, fonts), printIssue(PROJECT, scoped.archive!, same, fonts)]);
      expect(Buffer.from(b.bytes!).equals(Buffer.from(a.bytes!)), issue.key).toBe(true);
    }
  });

  const broken = makeContentRoot({ 'issues/2025/1/lankao.md': '---\ntitle: 坏稿\nregion: 不存在的县\n---\n正文\n' });
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  it('does not stop at another issue’s mistake, and still checks the printed issue', () => {
    expect(loadArchive(broken).errorCount).toBeGreaterThan(0);
    const other = loadArchive(broken, 'content', { articlesOf: { year: 2025, number: 2 } });
    expect(other.diagnostics.filter((d) => d.severity !== 'warning')).toEqual([]);
    const same = loadArchive(broken, 'content', { articlesOf: { year: 2025, number: 1 } });
    expect(same.diagnostics.some((d) => d.file.endsWith('2025/1/lankao.md') && d.severity === 'error')).toBe(true);
  });
});
