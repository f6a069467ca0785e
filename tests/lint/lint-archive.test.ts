/**
 * The lint of a content tree: findings at file:line:column of the source
 * (body lines after the frontmatter, title and committee on their own lines),
 * house style read from publication.yaml, and nothing on the sample content.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintContent } from '../../src/core/lint/lint-content.ts';
import { loadWith, makeContentRoot, MINIMAL, type Overlay } from '../helpers/content-fixture.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const LANKAO = 'content/issues/2025/1/lankao.md';
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function lint(overlay: Overlay) {
  const root = makeContentRoot(overlay);
  roots.push(root);
  return lintContent(root, 'content')!.diagnostics;
}

const compact = (ds: ReturnType<typeof lint>) => ds.map((d) => `${d.file}:${d.line}:${d.column ?? '-'} ${d.field} ${d.rule}${d.edit ? ' fix' : ''}`);

const ARTICLE = [
  '---',
  'title: 推行线上十线下模式:试点',
  'region: 兰考县',
  'committee: 开封市人大常委会代表工委 办公室(一)',
  'topics: [建议办理]',
  'order: 1',
  '---',
  '',
  '全市 286 个代表联络站,运行良好。',
  '',
  '- 列表项说"好"。',
  '',
  '```',
  '代码,不查',
  '```',
  '',
  '见 `a,b` 和 https://example.cn/a,b 。',
  '',
].join('\n');

describe('lintArchive', () => {
  it('reports body findings at their file line and column, frontmatter values on their own lines', () => {
    expect(compact(lint({ 'issues/2025/1/lankao.md': ARTICLE }))).toEqual([
      `${LANKAO}:2:12 title lint.ten-for-plus`,
      `${LANKAO}:2:17 title lint.halfwidth-punctuation fix`,
      `${LANKAO}:4:28 committee lint.halfwidth-brackets fix`,
      `${LANKAO}:4:30 committee lint.halfwidth-brackets fix`,
      `${LANKAO}:9:3 (正文) lint.latin-spacing fix`,
      `${LANKAO}:9:7 (正文) lint.latin-spacing fix`,
      `${LANKAO}:9:14 (正文) lint.halfwidth-punctuation fix`,
      `${LANKAO}:11:7 (正文) lint.ascii-quotes fix`,
      `${LANKAO}:11:9 (正文) lint.ascii-quotes fix`,
    ]);
  });

  it('warns, with a Chinese message and the change shown', () => {
    const [title] = lint({ 'issues/2025/1/lankao.md': ARTICLE });
    expect(title).toMatchObject({ severity: 'warning', message: expect.stringContaining('“十”疑为“+”'), fix: expect.stringContaining('把“线上十线下”改为“线上+线下”') });
    expect(title!.edit).toBeUndefined();
  });

  it('counts lines the same in a CRLF file', () => {
    const diagnostics = lint({ 'issues/2025/1/lankao.md': ARTICLE.replace(/\n/g, '\r\n') });
    expect(compact(diagnostics)).toEqual(compact(lint({ 'issues/2025/1/lankao.md': ARTICLE })));
  });

  it('lints issue bodies too', () => {
    const diagnostics = lint({ 'issues/2025/2/index.md': '---\ndate: 2025-01-20\ncopies: false\n---\n\n编者按:本期共２篇。\n' });
    expect(compact(diagnostics)).toEqual([
      'content/issues/2025/2/index.md:6:4 (正文) lint.halfwidth-punctuation fix',
      'content/issues/2025/2/index.md:6:8 (正文) lint.fullwidth-alnum fix',
    ]);
  });

  it('follows publication.yaml style.latinSpacing', () => {
    const publication = readFileSync(join(MINIMAL, 'publication.yaml'), 'utf8') + 'style:\n  latinSpacing: space\n';
    const body = '---\ntitle: 测试标题一\nregion: 兰考县\ncommittee: 开封市人大常委会代表工委\norder: 1\n---\n\n全市286个站，有 5 个。\n';
    expect(compact(lint({ 'publication.yaml': publication, 'issues/2025/1/lankao.md': body }))).toEqual([
      `${LANKAO}:8:3 (正文) lint.latin-spacing fix`,
      `${LANKAO}:8:6 (正文) lint.latin-spacing fix`,
    ]);
  });

  it('style.latinSpacing is optional (none) and only none or space', () => {
    const publication = readFileSync(join(MINIMAL, 'publication.yaml'), 'utf8');
    expect(loadWith({}).archive?.publication.style).toEqual({ latinSpacing: 'none' });
    const wrong = loadWith({ 'publication.yaml': publication + 'style:\n  latinSpacing: spaces\n' });
    expect(wrong.diagnostics).toMatchObject([{ file: 'content/publication.yaml', line: 10, field: 'style.latinSpacing', severity: 'error' }]);
  });

  it('leaves private-use characters to the error check (no second, weaker warning)', () => {
    const body = '---\ntitle: 测试标题一\nregion: 兰考县\ncommittee: 开封市人大常委会代表工委\norder: 1\n---\n\n正文\uE000。\n';
    expect(lint({ 'issues/2025/1/lankao.md': body })).toEqual([]);
  });

  it('finds nothing in the sample content or the minimal fixture', () => {
    expect(lintContent(PROJECT, 'content')!.diagnostics).toEqual([]);
    expect(lintContent(PROJECT, 'tests/fixtures/minimal')!.diagnostics).toEqual([]);
  });
});
