/**
 * `npm run check` with the copy lint: warnings as file:line:col that do not
 * fail the run, `--strict` that makes them fail, and `--fix` that rewrites
 * exactly the safe ones and is a no-op the second time.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeContentRoot } from '../helpers/content-fixture.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const CHECK = join(PROJECT, 'scripts', 'check.ts');
const LANKAO = 'content/issues/2025/1/lankao.md';

function check(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CHECK, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FRONTMATTER = '---\ntitle: 测试标题一:线上十线下\nregion: 兰考县\ncommittee: 开封市人大常委会代表工委\ntopics: [建议办理]\norder: 1\n---\n';
const BODY = '\r\n全市 286 个站,运行良好。。代表说"好"。\r\n\r\n共计１２３个(含县区)，等等。。。\r\n';
const FIXED_BODY = '\r\n全市286个站，运行良好。代表说“好”。\r\n\r\n共计123个（含县区），等等。。。\r\n';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
function contentRoot(text = FRONTMATTER + BODY, overlay: Record<string, string> = {}): string {
  const root = makeContentRoot({ 'issues/2025/1/lankao.md': text, ...overlay });
  roots.push(root);
  return root;
}

describe('npm run check: copy lint', () => {
  it('prints each warning as file:line:col and exits 0', () => {
    const r = check(contentRoot(), '--content', 'content');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith(LANKAO));
    expect(lines.map((l) => l.split('  ')[0])).toEqual([
      `${LANKAO}:2:13`,
      `${LANKAO}:2:16`,
      `${LANKAO}:9:3`,
      `${LANKAO}:9:7`,
      `${LANKAO}:9:10`,
      `${LANKAO}:9:16`,
      `${LANKAO}:9:20`,
      `${LANKAO}:9:22`,
      `${LANKAO}:11:3`,
      `${LANKAO}:11:7`,
      `${LANKAO}:11:11`,
      `${LANKAO}:11:15`,
    ]);
    expect(r.stdout).toContain(`${LANKAO}:9:10  (正文)  [警告] 中文后用了半角逗号“,”（修改：把“个站,运行”改为“个站，运行”）`);
    expect(r.stdout).toContain('内容校验发现 0 个错误、12 个警告。');
    expect(r.stdout).toContain('其中 10 个警告可由 npm run check -- --fix 自动修改。');
  });

  it('with --strict, warnings fail the run', () => {
    const r = check(contentRoot(), '--content', 'content', '--strict');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('已启用 --strict');
  });

  it('errors still fail without --strict, and the lint reports alongside them', () => {
    const r = check(contentRoot(FRONTMATTER.replace('[建议办理]', '[建议办里]') + BODY), '--content', 'content');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${LANKAO}:5  topics  未知主题“建议办里”`);
    expect(r.stdout).toContain('内容校验发现 1 个错误、12 个警告。');
  });

  it('--fix rewrites exactly the safe findings, byte for byte elsewhere, and a second run changes nothing', () => {
    const root = contentRoot();
    const file = join(root, LANKAO);
    const first = check(root, '--content', 'content', '--fix');
    expect(first.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(FRONTMATTER.replace('一:', '一：') + FIXED_BODY);
    expect(first.stdout).toContain(`${LANKAO}:9:3  已修改：“全市 286” → “全市286”`);
    expect(first.stdout).toContain('已自动修改 10 处');
    // What is left needs an editor: 十 for +, and 。。。 that may be an ellipsis.
    expect(first.stdout.split('\n').filter((l) => l.startsWith(LANKAO) && l.includes('[警告]')).map((l) => l.split('  ')[0])).toEqual([
      `${LANKAO}:2:16`,
      `${LANKAO}:11:15`,
    ]);

    const second = check(root, '--content', 'content', '--fix');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('没有可自动修改的地方。');
    expect(readFileSync(file, 'utf8')).toBe(FRONTMATTER.replace('一:', '一：') + FIXED_BODY);
  });

  it('the sample content has no warnings, even with --strict', () => {
    const r = spawnSync(process.execPath, [CHECK, '--strict'], { cwd: PROJECT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('内容校验通过：没有发现问题。');
  });

  it('rejects an unknown option', () => {
    expect(check(PROJECT, '--fxi').status).toBe(2);
  });
});
