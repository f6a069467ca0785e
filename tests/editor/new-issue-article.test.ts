/**
 * npm run new-issue and npm run new-article on a throw-away content tree:
 * numbering, series continuation, the default list, region resolution with
 * candidates, refusing to overwrite, and that a filled-in article passes the check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/core/load/index.ts';
import { FileExistsError, writeNewFiles } from '../../src/editor/content-files.ts';
import { todayInChina } from '../../src/editor/scaffold/today.ts';
import { makeContentRoot } from '../helpers/content-fixture.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A content tree made from the minimal fixture. */
function workspace(overlay: Record<string, string | null> = {}): string {
  const root = makeContentRoot(overlay);
  roots.push(root);
  return root;
}
/** Runs a script of the project with the content tree as working directory, as `npm run` would from a checkout. */
function run(root: string, script: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(PROJECT, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

describe('npm run new-issue', () => {
  it('creates the next number of the year with the given date and the default list, and prints the path', () => {
    const root = workspace();
    const r = run(root, 'new-issue.ts', ['--date', '2025-03-02']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('content/issues/2025/3/index.md');
    expect(read(root, 'content/issues/2025/3/index.md')).toBe('---\ndate: 2025-03-02\ndistribution: standard\n---\n');
  });

  it('starts a new year at 1, and uses today when no date is given', () => {
    const root = workspace();
    expect(run(root, 'new-issue.ts', ['--date', '2026-01-05']).status).toBe(0);
    expect(existsSync(join(root, 'content/issues/2026/1/index.md'))).toBe(true);

    const today = todayInChina();
    const year = Number(today.slice(0, 4));
    const r = run(root, 'new-issue.ts', []);
    expect(r.status).toBe(0);
    const expected = year === 2026 ? 2 : year === 2025 ? 3 : 1;
    expect(read(root, `content/issues/${year}/${expected}/index.md`)).toContain(`date: ${today}`);
  });

  it('continues a series with the next part, and takes --copies and --distribution', () => {
    const root = workspace({ 'issues/2025/2/index.md': '---\ndate: 2025-01-20\nseries: { id: test-series, part: 3 }\ncopies: false\n---\n' });
    const r = run(root, 'new-issue.ts', ['--date', '2025-02-01', '--series', 'test-series', '--copies', '80', '--distribution', 'standard']);
    expect(r.stdout).toContain('测试专辑（四）');
    expect(read(root, 'content/issues/2025/3/index.md')).toBe(
      '---\ndate: 2025-02-01\nseries:\n  id: test-series\n  part: 4\ndistribution: standard\ncopies: 80\n---\n',
    );
  });

  it('refuses an unknown series or list with candidates, and a date before the last issue', () => {
    const root = workspace();
    const series = run(root, 'new-issue.ts', ['--date', '2025-03-01', '--series', 'test-serie']);
    expect(series.status).toBe(1);
    expect(series.stderr).toContain('未知专辑“test-serie”，是否是“test-series”？');
    const list = run(root, 'new-issue.ts', ['--date', '2025-03-01', '--distribution', 'nope']);
    expect(list.stderr).toContain('未知分送名单“nope”');
    expect(list.stderr).toContain('standard');
    const early = run(root, 'new-issue.ts', ['--date', '2025-01-01']);
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('早于上一期 2025/2（2025-01-20）');
    expect(existsSync(join(root, 'content/issues/2025/3'))).toBe(false);
  });

  it('numbers after a folder whose index.md is broken, so it never reuses a number', () => {
    const root = workspace({ 'issues/2025/3/index.md': '---\ndate: 2025-13-01\n---\n' });
    const r = run(root, 'new-issue.ts', ['--date', '2025-04-01']);
    expect(r.status).toBe(0);
    expect(existsSync(join(root, 'content/issues/2025/4/index.md'))).toBe(true);
  });

  it('a folder without index.md still owns its number', () => {
    const root = workspace({ 'issues/2025/3/notes.txt': 'x' });
    const r = run(root, 'new-issue.ts', ['--date', '2025-04-01']);
    expect(r.status).toBe(0);
    expect(read(root, 'content/issues/2025/4/index.md')).toContain('2025-04-01');
    expect(read(root, 'content/issues/2025/3/notes.txt')).toBe('x');
  });
});

describe('npm run new-article', () => {
  it('adds the next article with the region resolved, a suggested committee and a skeleton the check refuses', () => {
    const root = workspace();
    const r = run(root, 'new-article.ts', ['2025/2', '--region', '兰考县', '--title', '兰考县：试写的标题', '--topics', '建议办理']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('content/issues/2025/2/lankao.md');
    expect(r.stdout).toContain('供稿单位：开封市人大常委会代表工委（按地区所属市推荐');
    const text = read(root, 'content/issues/2025/2/lankao.md');
    expect(text).toMatch(/^---\ntitle: 试写的标题\nregion: 兰考县\ncommittee: 开封市人大常委会代表工委\ntopics: \[建议办理\]\norder: 3\n---\n/);
    expect(text).toContain('**一、【待填写：');

    const check = loadArchive(root);
    const placeholders = check.diagnostics.filter((d) => d.rule === 'article.placeholder');
    expect(placeholders.length).toBeGreaterThan(3);
    expect(placeholders[0]).toMatchObject({ file: 'content/issues/2025/2/lankao.md', line: 9, column: 1 });

    // Filled in, the article passes.
    writeFileSync(join(root, 'content/issues/2025/2/lankao.md'), text.replace(/\n\n[\s\S]*$/, '\n\n兰考县人大常委会试行新的工作办法，成效明显。\n'));
    expect(loadArchive(root).errorCount).toBe(0);
  });

  it('gives a district its city in the file name and picks a free name when taken', () => {
    const root = workspace();
    expect(run(root, 'new-article.ts', ['2025/2', '--region', '安阳市北关区', '--title', '甲']).stdout).toContain('2025/2/anyang-beiguan.md');
    expect(run(root, 'new-article.ts', ['2025/2', '--region', '410503', '--title', '乙']).stdout).toContain('2025/2/anyang-beiguan-2.md');
    expect(read(root, 'content/issues/2025/2/anyang-beiguan-2.md')).toContain('order: 4');
  });

  it('explains an ambiguous or unknown region with candidates and writes nothing', () => {
    const root = workspace();
    const ambiguous = run(root, 'new-article.ts', ['2025/2', '--region', '安阳', '--title', '甲']);
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('地区“安阳”有歧义，可能是：安阳市（410500）、安阳市安阳县（410522）');
    const unknown = run(root, 'new-article.ts', ['2025/2', '--region', '林州', '--title', '甲']);
    expect(unknown.stderr).toContain('找不到地区“林州”，是否是：安阳市林州市（410581）？');
    const nowhere = run(root, 'new-article.ts', ['2025/2', '--region', '火星县', '--title', '甲']);
    expect(nowhere.stderr).toContain('找不到地区“火星县”。');
    expect(loadArchive(root).archive!.issues.find((i) => i.key === '2025/2')!.articles).toHaveLength(2);
  });

  it('names a missing issue and missing arguments', () => {
    const root = workspace();
    const missingIssue = run(root, 'new-article.ts', ['2025/9', '--region', '兰考县', '--title', '甲']);
    expect(missingIssue.status).toBe(1);
    expect(missingIssue.stderr).toContain('找不到 2025 年第 9 期');
    expect(missingIssue.stderr).toContain('npm run new-issue');
    const usage = run(root, 'new-article.ts', ['--region', '兰考县']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('缺少 期号（如 2025/24）、--title 标题');
  });
});

describe('writeNewFiles', () => {
  it('writes all files or none, and never overwrites', () => {
    const root = workspace();
    const files = [
      { path: 'content/issues/2025/5/index.md', content: 'new' },
      { path: 'content/issues/2025/1/index.md', content: 'clobber' },
    ];
    const before = read(root, 'content/issues/2025/1/index.md');
    expect(() => writeNewFiles(root, files)).toThrow(FileExistsError);
    expect(read(root, 'content/issues/2025/1/index.md')).toBe(before);
    expect(existsSync(join(root, 'content/issues/2025/5/index.md'))).toBe(false);
    expect(writeNewFiles(root, [files[0]!])).toEqual(['content/issues/2025/5/index.md']);
  });
});
