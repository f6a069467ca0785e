/**
 * Why the lint has its own rules and does not run autocorrect-node: measured
 * here, so that an upgrade that changes the picture fails a test and the
 * decision is revisited (see the README's evaluation). autocorrect-node's config is
 * process-wide and merges, so every block sets all the rules it relies on.
 */
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint/lint-text.ts';

interface Autocorrect {
  format(text: string): string;
  lintFor(text: string, filepath: string): { lines: { l: number; c: number; old: string; new: string }[] };
  loadConfig(json: string): void;
}
const autocorrect = createRequire(import.meta.url)('autocorrect-node') as Autocorrect;

const SPACING_RULES = ['space-word', 'space-punctuation', 'space-bracket', 'space-backticks', 'space-dash', 'space-dollar'];
const configure = (rules: Record<string, 0 | 1>) => autocorrect.loadConfig(JSON.stringify({ rules }));
const spacing = (on: 0 | 1) => Object.fromEntries(SPACING_RULES.map((r) => [r, on]));

describe('autocorrect-node as shipped', () => {
  beforeAll(() => configure({ ...spacing(1), fullwidth: 1, 'halfwidth-word': 1 }));

  it('adds the spaces house style `none` forbids', () => {
    expect(autocorrect.format('推动全市286个代表联络站')).toBe('推动全市 286 个代表联络站');
    expect(autocorrect.format('党建+网格')).toBe('党建 + 网格');
  });

  it('reports a whole changed segment from its start, not the column of the slip', () => {
    const [line] = autocorrect.lintFor('正文全市286个站,好。', 'a.md').lines;
    expect(line).toMatchObject({ l: 1, c: 1, old: '正文全市286个站,好。' });
    // The lint points at the comma itself (column 10).
    expect(lintText('正文全市286个站,好。').find((h) => h.rule === 'lint.halfwidth-punctuation')?.start).toBe(9);
  });

  it('lints YAML frontmatter as prose, and would break a flow list', () => {
    const [line] = autocorrect.lintFor('---\ntopics: [履职培训, 代表小组]\n---\n\n正文。\n', 'a.md').lines;
    expect(line).toMatchObject({ l: 2, new: '履职培训，代表小组' });
  });
});

describe('autocorrect-node with spacing off, next to the lint', () => {
  beforeAll(() => configure({ ...spacing(0), fullwidth: 1, 'halfwidth-word': 1, 'no-space-fullwidth': 0, 'no-space-fullwidth-quote': 0, spellcheck: 0 }));

  /** Where autocorrect changes a character, the lint has a finding that starts there. */
  it.each(['收集意见,反馈群众', '收集意见, 反馈', '他说:你好', '意见?', '意见.', '共计１２３个站点', '通过ＡＰＰ反馈', '一是,二是'])(
    'the lint finds what autocorrect fixes in %s',
    (text) => {
      const out = autocorrect.format(text);
      expect(out).not.toBe(text);
      const firstChange = [...text].findIndex((ch, i) => ch !== [...out][i]);
      expect(lintText(text).map((h) => h.start)).toContain(firstChange);
    },
  );

  it.each([
    ['“好”,他说', 'lint.halfwidth-punctuation'],
    ['他说:“好”', 'lint.halfwidth-punctuation'],
    ['意见;反馈', 'lint.halfwidth-punctuation'],
    ['代表说"好"', 'lint.ascii-quotes'],
    ['好。。真好！！', 'lint.repeated-punctuation'],
    ['（含县区)', 'lint.mixed-brackets'],
    ['线上十线下', 'lint.ten-for-plus'],
    ['全市 286 个站', 'lint.latin-spacing'],
    ['代表  联络站', 'lint.double-space'],
  ])('autocorrect leaves %s as it is; the lint reports %s', (text, rule) => {
    expect(autocorrect.format(text)).toBe(text);
    expect(lintText(text).map((h) => h.rule)).toContain(rule);
  });

  it('its half-width rule also turns the ideographic space into an ASCII one, which the lint does not do', () => {
    expect(autocorrect.format('全角　空格')).toBe('全角 空格');
    expect(lintText('全角　空格')).toEqual([]);
  });
});
