/**
 * Bad content stops `npm run build` and `npm run check` with the editor's
 * report — every error, file:line, no stack trace — and leaves dist/ as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeContentRoot } from '../helpers/content-fixture.ts';
import { makeProjectCopy, runScript } from '../helpers/project-copy.ts';

const broken = makeContentRoot({
  'issues/2025/1/lankao.md': '---\ntitle: 测试标题一\nregion: 安阳\ncommittee: 测试\ntopics: [建议办里]\norder: 1\n---\n\n正文\uE000。\n',
  'issues/2025/2/index.md': '---\ndate: 2025-01-20\ndistribution: nope\n---\n',
});
const project = makeProjectCopy(join(broken, 'content'));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(broken, { recursive: true, force: true });
});

const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('a build with broken content', () => {
  it('fails with every error, each as file:line field message, and no stack trace', () => {
    mkdirSync(join(project, 'dist'), { recursive: true });
    writeFileSync(join(project, 'dist', 'previous-build.txt'), 'kept');

    const result = runScript(project, 'scripts/build.ts');
    const output = result.stdout + result.stderr;

    expect(result.status).toBe(1);
    expect(output).toContain('content/issues/2025/1/lankao.md:3  region  地区“安阳”有歧义');
    expect(output).toContain('content/issues/2025/1/lankao.md:5  topics  未知主题“建议办里”');
    expect(output).toMatch(/content\/issues\/2025\/1\/lankao\.md:9:3 {2}\(字符\) {2}私用区字符 U\+E000/);
    expect(output).toContain('content/issues/2025/2/index.md:3  distribution  未知分送名单“nope”');
    expect(output).toContain('内容校验发现 4 个错误');
    expect(output).not.toMatch(STACK_LINE);

    // The previous dist/ is untouched and nothing half-written is left behind.
    expect(readdirSync(join(project, 'dist'))).toEqual(['previous-build.txt']);
    expect(readFileSync(join(project, 'dist', 'previous-build.txt'), 'utf8')).toBe('kept');
    expect(existsSync(join(project, '.dist-staging'))).toBe(false);
  });

  it('npm run check lists the same errors and exits 1', () => {
    const result = runScript(project, 'scripts/check.ts');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('内容校验发现 4 个错误');
    expect(result.stdout.split('\n').filter((l) => /^content\/\S+:\d+/.test(l))).toHaveLength(4);
  });

  it('a missing content folder is an error, not an empty site', () => {
    rmSync(join(project, 'content'), { recursive: true, force: true });
    const result = runScript(project, 'scripts/build.ts');
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('找不到内容文件夹“content”');
    expect(readdirSync(join(project, 'dist'))).toEqual(['previous-build.txt']);
  });
});

describe('a build whose print edition cannot be set', () => {
  const root = makeContentRoot({
    'issues/2025/2/beiguan.md': '---\ntitle: 测试标题二\nregion: 安阳市北关区\ncommittee: 安阳市人大常委会代表工委\norder: 1\n---\n\n第一段。\n\n第二段有表情😀。\n',
  });
  const copy = makeProjectCopy(join(root, 'content'));
  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });

  it('stops with the report from the worker that drew it (file:line, character, code point), no stack trace, dist/ untouched', () => {
    mkdirSync(join(copy, 'dist'), { recursive: true });
    writeFileSync(join(copy, 'dist', 'previous-build.txt'), 'kept');
    const result = runScript(copy, 'scripts/build.ts', [], { JIANBAO_CACHE: 'off' });
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).toContain('印刷版无法生成');
    expect(output).toContain('content/issues/2025/2/beiguan.md:10');
    expect(output).toContain('U+1F600');
    expect(output).not.toMatch(STACK_LINE);
    expect(readdirSync(join(copy, 'dist'))).toEqual(['previous-build.txt']);
    expect(existsSync(join(copy, '.dist-staging'))).toBe(false);
  });
});
