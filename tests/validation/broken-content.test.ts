/**
 * The corpus of broken content: one mistake per case, each reported with
 * its file, line, field and a Chinese message, and the run goes on to find
 * the others. Cases start from tests/fixtures/minimal, which passes clean.
 */
import { describe, expect, it } from 'vitest';
import { loadWith, type Overlay } from '../helpers/content-fixture.ts';
import type { Diagnostic } from '../../src/core/diagnostics.ts';

const ISSUE1 = 'content/issues/2025/1';
const ISSUE2 = 'content/issues/2025/2';

const article = (fields: string, body = '\n正文。\n') => `---\n${fields}\n---\n${body}`;
const LANKAO_FIELDS = [
  'title: 测试标题一',
  'region: 兰考县',
  'committee: 开封市人大常委会代表工委',
  'topics: [建议办理]',
  'metrics:',
  '  voters_visited: 1200+',
  '  suggestions_collected: 35',
  'order: 1',
];
/** lankao.md with line `n` (1-based within the frontmatter, so file line n + 1) replaced. */
const lankaoWith = (replace: Record<number, string>, body?: string) =>
  article(LANKAO_FIELDS.map((l, i) => replace[i + 1] ?? l).join('\n'), body);

interface Case {
  name: string;
  overlay: Overlay;
  expect: Partial<Diagnostic> & { rule: string; includes?: string };
}

const cases: Case[] = [
  {
    name: 'YAML syntax error in frontmatter, with its line',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({ 1: 'title: "未闭合的引号' }) },
    expect: { rule: 'yaml.syntax', file: `${ISSUE1}/lankao.md`, line: 2, includes: 'YAML 语法错误' },
  },
  {
    name: 'YAML syntax error in a data file',
    overlay: { 'distribution/standard.yaml': 'name: 常规分送\nsend:\n  - [主任, 副主任\ndeliver: []\n' },
    expect: { rule: 'yaml.syntax', file: 'content/distribution/standard.yaml', line: 4 },
  },
  {
    name: 'missing required field',
    overlay: { 'issues/2025/1/lankao.md': article(LANKAO_FIELDS.filter((l) => !l.startsWith('committee')).join('\n')) },
    expect: { rule: 'schema.missing-field', file: `${ISSUE1}/lankao.md`, line: 2, field: 'committee', includes: '缺少必填字段' },
  },
  {
    name: 'misspelled field name, with a suggestion',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({ 2: 'regoin: 兰考县' }) },
    expect: { rule: 'schema.unknown-field', file: `${ISSUE1}/lankao.md`, line: 3, field: 'regoin', includes: '未知字段' },
  },
  {
    name: 'order that is not a positive integer',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({ 8: 'order: 0' }) },
    expect: { rule: 'schema.invalid', file: `${ISSUE1}/lankao.md`, line: 9, field: 'order', includes: '正整数' },
  },
  {
    name: 'date that does not exist',
    overlay: { 'issues/2025/1/index.md': '---\ndate: 2025-02-30\n---\n' },
    expect: { rule: 'schema.invalid', file: `${ISSUE1}/index.md`, line: 2, field: 'date', includes: '2025-02-30' },
  },
  {
    name: 'metric value that is not a count',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({ 6: '  voters_visited: 12.5' }) },
    expect: { rule: 'schema.invalid', file: `${ISSUE1}/lankao.md`, line: 7, field: 'metrics.voters_visited', includes: '1200+' },
  },
  {
    name: 'unknown region, with the near candidate',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({ 2: 'region: 兰考' }) },
    expect: { rule: 'ref.region-unknown', file: `${ISSUE1}/lankao.md`, line: 3, field: 'region', includes: '兰考县（410225）' },
  },
  {
    name: 'ambiguous region lists every candidate',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({ 2: 'region: 安阳' }) },
    expect: { rule: 'ref.region-ambiguous', file: `${ISSUE1}/lankao.md`, line: 3, includes: '安阳市（410500）、安阳市安阳县（410522）' },
  },
  {
    name: 'unknown region code',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({ 2: 'region: 419999' }) },
    expect: { rule: 'ref.region-unknown', file: `${ISSUE1}/lankao.md`, line: 3 },
  },
  {
    name: 'unknown metric key, with a suggestion',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({ 6: '  voter_visited: 1200+' }) },
    expect: { rule: 'ref.metric-unknown', file: `${ISSUE1}/lankao.md`, line: 7, field: 'metrics.voter_visited', includes: 'voters_visited' },
  },
  {
    name: 'unknown topic',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({ 4: 'topics: [建议办里]' }) },
    expect: { rule: 'ref.topic-unknown', file: `${ISSUE1}/lankao.md`, line: 5, includes: '建议办理' },
  },
  {
    name: 'unknown distribution list',
    overlay: { 'issues/2025/2/index.md': '---\ndate: 2025-01-20\ndistribution: standrad\n---\n' },
    expect: { rule: 'ref.distribution-unknown', file: `${ISSUE2}/index.md`, line: 3, field: 'distribution', includes: 'standard' },
  },
  {
    name: 'unknown default distribution list in publication.yaml',
    overlay: { 'distribution/standard.yaml': null },
    expect: { rule: 'ref.distribution-unknown', file: 'content/publication.yaml', line: 7, field: 'defaultDistribution' },
  },
  {
    name: 'unknown series',
    overlay: { 'issues/2025/1/index.md': '---\ndate: 2025-01-10\nseries:\n  id: no-such-series\n  part: 1\n---\n' },
    expect: { rule: 'ref.series-unknown', file: `${ISSUE1}/index.md`, line: 4, field: 'series.id' },
  },
  {
    name: 'allocation that does not add up to the list copy count',
    overlay: { 'distribution/standard.yaml': 'name: 常规分送\nsend:\n  - [主任, 副主任]\ndeliver:\n  - [各工作机构]\ncopies: 31\nallocation:\n  主任: 2\n  副主任: 8\n  各工作机构: 20\n' },
    expect: { rule: 'distribution.allocation-total', file: 'content/distribution/standard.yaml', line: 6, field: 'copies', includes: '30' },
  },
  {
    name: 'issue copy count that the allocation does not add up to',
    overlay: { 'issues/2025/1/index.md': '---\ndate: 2025-01-10\nseries:\n  id: test-series\n  part: 1\ncopies: 40\n---\n' },
    expect: { rule: 'distribution.issue-copies-mismatch', file: `${ISSUE1}/index.md`, line: 6, field: 'copies', includes: '合计 30 份' },
  },
  {
    name: 'allocation to someone not on the list',
    overlay: { 'distribution/standard.yaml': 'name: 常规分送\nsend:\n  - [主任, 副主任]\ndeliver:\n  - [各工作机构]\ncopies: 30\nallocation:\n  主任: 2\n  副主任: 8\n  各工作机构们: 20\n' },
    expect: { rule: 'distribution.allocation-unknown-recipient', file: 'content/distribution/standard.yaml', line: 10 },
  },
  {
    name: 'the same issue number twice (2 and 02)',
    overlay: { 'issues/2025/02/index.md': '---\ndate: 2025-01-21\n---\n', 'issues/2025/02/other.md': article('title: 另一篇\nregion: 兰考县\ncommittee: 测试\norder: 1') },
    expect: { rule: 'issue.duplicate-number', file: 'content/issues/2025/02/index.md', includes: '2025 年第 2 期' },
  },
  {
    name: 'a leading zero in an issue folder',
    overlay: { 'issues/2025/2': null, 'issues/2025/02/index.md': '---\ndate: 2025-01-21\n---\n', 'issues/2025/02/other.md': article('title: 另一篇\nregion: 兰考县\ncommittee: 测试\norder: 1') },
    expect: { rule: 'tree.leading-zero', file: 'content/issues/2025/02', includes: '改名为 2' },
  },
  {
    name: 'a gap in the numbers of a year',
    overlay: { 'issues/2025/4/index.md': '---\ndate: 2025-02-10\n---\n', 'issues/2025/4/other.md': article('title: 另一篇\nregion: 兰考县\ncommittee: 测试\norder: 1') },
    expect: { rule: 'issue.number-gap', file: 'content/issues/2025/4/index.md', includes: '2025/3' },
  },
  {
    name: 'a date earlier than the previous issue',
    overlay: { 'issues/2025/2/index.md': '---\ndate: 2025-01-05\ncopies: false\n---\n' },
    expect: { rule: 'issue.date-order', file: `${ISSUE2}/index.md`, line: 2, field: 'date' },
  },
  {
    name: 'a date outside the folder year',
    overlay: { 'issues/2025/1/index.md': '---\ndate: 2024-12-30\nseries:\n  id: test-series\n  part: 1\n---\n' },
    expect: { rule: 'issue.date-year', file: `${ISSUE1}/index.md`, line: 2 },
  },
  {
    name: 'a series part repeated',
    overlay: { 'issues/2025/2/index.md': '---\ndate: 2025-01-20\nseries:\n  id: test-series\n  part: 1\n---\n' },
    expect: { rule: 'series.duplicate-part', file: `${ISSUE2}/index.md`, line: 5, field: 'series.part' },
  },
  {
    name: 'a series part lower than an earlier one',
    overlay: {
      'issues/2025/1/index.md': '---\ndate: 2025-01-10\nseries:\n  id: test-series\n  part: 5\n---\n',
      'issues/2025/2/index.md': '---\ndate: 2025-01-20\nseries:\n  id: test-series\n  part: 4\n---\n',
    },
    expect: { rule: 'series.part-order', file: `${ISSUE2}/index.md`, line: 5 },
  },
  {
    name: 'two articles with the same slug',
    overlay: { 'issues/2025/2/another.md': article('title: 另一篇\nregion: 兰考县\ncommittee: 测试\norder: 3\nslug: beiguan') },
    expect: { rule: 'article.duplicate-slug', file: `${ISSUE2}/beiguan.md`, field: 'slug', includes: 'another.md' },
  },
  {
    name: 'two articles with the same order',
    overlay: { 'issues/2025/2/linzhou.md': article('title: 测试标题三\nregion: "410581"\ncommittee: 林州市人大常委会\norder: 1') },
    expect: { rule: 'article.duplicate-order', field: 'order', line: 5 },
  },
  {
    name: 'an issue without articles',
    overlay: { 'issues/2025/3/index.md': '---\ndate: 2025-02-01\n---\n' },
    expect: { rule: 'issue.no-articles', file: 'content/issues/2025/3/index.md' },
  },
  {
    name: 'an issue folder without index.md',
    overlay: { 'issues/2025/3/other.md': article('title: 另一篇\nregion: 兰考县\ncommittee: 测试\norder: 1') },
    expect: { rule: 'issue.missing-index', file: 'content/issues/2025/3/index.md' },
  },
  {
    name: 'an empty article body',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({}, '\n   \n') },
    expect: { rule: 'article.empty-body', file: `${ISSUE1}/lankao.md`, line: 11 },
  },
  {
    name: 'a private-use character, with line, column and code point',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({}, '\n第一段。\n\n人大代表\uE5E5在行动。\n') },
    expect: { rule: 'chars.private-use', file: `${ISSUE1}/lankao.md`, line: 14, column: 5, includes: 'U+E5E5' },
  },
  {
    name: 'raw HTML in a body',
    overlay: { 'issues/2025/1/lankao.md': lankaoWith({}, '\n第一段。\n\n<div class="x">第二段</div>\n') },
    expect: { rule: 'markdown.raw-html', file: `${ISSUE1}/lankao.md`, line: 14, includes: 'HTML' },
  },
  {
    name: 'a file without frontmatter',
    overlay: { 'issues/2025/1/lankao.md': '只有正文，没有 frontmatter。\n' },
    expect: { rule: 'markdown.no-frontmatter', file: `${ISSUE1}/lankao.md`, line: 1 },
  },
  {
    name: 'a file name that cannot be a URL',
    overlay: { 'issues/2025/2/林州.md': article('title: 另一篇\nregion: 兰考县\ncommittee: 测试\norder: 3') },
    expect: { rule: 'article.bad-slug', file: `${ISSUE2}/林州.md`, includes: 'slug' },
  },
  {
    name: 'a Markdown file outside an issue folder',
    overlay: { 'issues/2025/stray.md': article('title: 放错位置\nregion: 兰考县\ncommittee: 测试\norder: 1') },
    expect: { rule: 'tree.misplaced-file', file: 'content/issues/2025/stray.md' },
  },
  {
    name: 'a misspelled issues folder',
    overlay: { issues: null, 'isues/2025/1/index.md': '---\ndate: 2025-01-10\n---\n' },
    expect: { rule: 'tree.unknown-entry', file: 'content/isues', includes: '是否应为“issues”' },
  },
  {
    name: 'a missing vocabulary file',
    overlay: { 'metrics.yaml': null },
    expect: { rule: 'tree.missing-file', file: 'content/metrics.yaml' },
  },
  {
    name: 'a running-total anchor that is not in the archive',
    overlay: { 'publication.yaml': 'title: 测试简报\norgan: 测试委员会\nnumbering:\n  runningTotal:\n    - anchor: 2025/9\n      total: 41\ndefaultDistribution: standard\nsiteUrl: https://example.cn/\n' },
    expect: { rule: 'publication.anchor-missing', file: 'content/publication.yaml', line: 5 },
  },
  {
    name: 'two running-total anchors that contradict each other',
    overlay: { 'publication.yaml': 'title: 测试简报\norgan: 测试委员会\nnumbering:\n  runningTotal:\n    - anchor: 2025/1\n      total: 41\n    - anchor: 2025/2\n      total: 50\ndefaultDistribution: standard\nsiteUrl: https://example.cn/\n' },
    expect: { rule: 'publication.anchor-conflict', file: 'content/publication.yaml', line: 7 },
  },
  {
    name: 'an article file that is not Markdown',
    overlay: { 'issues/2025/2/notes.markdown': article('title: x\nregion: 兰考县\ncommittee: 测试\norder: 3') },
    expect: { rule: 'tree.bad-extension', file: `${ISSUE2}/notes.markdown` },
  },
  {
    name: 'a document that would be ignored',
    overlay: { 'issues/2025/2/来稿.docx': 'binary' },
    expect: { rule: 'tree.bad-extension', file: `${ISSUE2}/来稿.docx`, includes: '不会被发布' },
  },
  {
    name: 'a font file for the print edition that does not exist',
    overlay: { 'publication.yaml': 'title: 测试简报\norgan: 测试委员会\ndefaultDistribution: standard\nsiteUrl: https://example.cn/\nprint:\n  fonts:\n    body: fonts/仿宋.ttf\n' },
    expect: { rule: 'publication.font-missing', file: 'content/publication.yaml', line: 7, field: 'print.fonts.body' },
  },
  {
    name: 'a font file for the print edition that is not a font',
    overlay: { 'publication.yaml': 'title: 测试简报\norgan: 测试委员会\ndefaultDistribution: standard\nsiteUrl: https://example.cn/\nprint:\n  fonts:\n    heiti: content/metrics.yaml\n' },
    expect: { rule: 'publication.font-unreadable', file: 'content/publication.yaml', line: 7, field: 'print.fonts.heiti', includes: '.ttf' },
  },
  {
    name: 'a duplicate metric key in the vocabulary',
    overlay: { 'metrics.yaml': '- key: voters_visited\n  label: 走访\n  unit: 人次\n- key: voters_visited\n  label: 再次\n  unit: 人次\n- key: suggestions_collected\n  label: 收集意见建议\n  unit: 条\n' },
    expect: { rule: 'vocabulary.duplicate', file: 'content/metrics.yaml', line: 4 },
  },
];

describe('broken content: one case per rule', () => {
  it('the minimal fixture itself passes clean', () => {
    const result = loadWith({});
    expect(result.diagnostics).toEqual([]);
    expect(result.archive?.issues.map((i) => i.key)).toEqual(['2025/1', '2025/2']);
  });

  it.each(cases)('$name', ({ overlay, expect: want }) => {
    const result = loadWith(overlay);
    expect(result.errorCount).toBeGreaterThan(0);
    const hit = result.diagnostics.find((d) => d.rule === want.rule && (!want.file || d.file === want.file));
    expect(hit, `no ${want.rule} in:\n${result.diagnostics.map((d) => `${d.rule} ${d.file}:${d.line} ${d.message}`).join('\n')}`).toBeDefined();
    const { includes, ...fields } = want;
    expect(hit).toMatchObject(fields);
    if (includes) expect(`${hit!.message}${hit!.fix}`).toContain(includes);
    // Every diagnostic speaks Chinese and carries a fix.
    for (const d of result.diagnostics) {
      expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      expect(d.fix).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('every rule in the corpus is a distinct rule', () => {
    expect(new Set(cases.map((c) => c.expect.rule)).size).toBeGreaterThanOrEqual(30);
  });

  it('reports all mistakes of a tree in one run, not just the first', () => {
    const result = loadWith({
      // Four mistakes in one file: a bad field does not hide the others.
      'issues/2025/1/lankao.md': lankaoWith({ 2: 'region: 安阳', 4: 'topics: [建议办里]', 6: '  voter_visited: 1200+', 8: 'order: 0' }),
      'issues/2025/2/index.md': '---\ndate: 2025-01-05\ncopies: false\n---\n',
      'issues/2025/2/another.md': article('title: 另一篇\nregion: 兰考县\ncommittee: 测试\norder: 3\nslug: beiguan', '\n有\uE000字符。\n'),
      'issues/2025/4/index.md': '---\ndate: 2025-02-10\n---\n',
      'issues/2025/stray.md': 'x',
      'metrics.yaml': '- key: voters_visited\n  label: 走访\n  unit: 人次\n- key: voters_visited\n  label: 再次\n  unit: 人次\n',
    });
    const rules = new Set(result.diagnostics.map((d) => d.rule));
    const expected = [
      'ref.region-ambiguous',
      'ref.topic-unknown',
      'ref.metric-unknown',
      'schema.invalid',
      'issue.date-order',
      'article.duplicate-slug',
      'chars.private-use',
      'issue.number-gap',
      'issue.no-articles',
      'tree.misplaced-file',
      'vocabulary.duplicate',
    ];
    for (const rule of expected) expect(rules, rule).toContain(rule);
    expect(result.errorCount).toBeGreaterThanOrEqual(expected.length);
  });
});
