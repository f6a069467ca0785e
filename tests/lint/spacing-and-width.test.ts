/**
 * Spaces between Chinese and Latin letters or digits by house style, doubled
 * spaces, and full-width digits and letters.
 */
import { describe, expect, it } from 'vitest';
import { fixed, found } from './hits.ts';

const NONE = { latinSpacing: 'none' } as const;
const SPACE = { latinSpacing: 'space' } as const;

describe('lint.latin-spacing, house style none (the default)', () => {
  const rule = 'lint.latin-spacing';
  it.each([
    ['全市 286 个站', [{ col: 3, old: ' ', replacement: '', safe: true }, { col: 7, old: ' ', replacement: '', safe: true }], '全市286个站'],
    ['借助 5G 网络', [{ col: 3, old: ' ', replacement: '', safe: true }, { col: 6, old: ' ', replacement: '', safe: true }], '借助5G网络'],
    ['有 65% 已解决', [{ col: 2, old: ' ', replacement: '', safe: true }, { col: 6, old: ' ', replacement: '', safe: true }], '有65%已解决'],
    ['共  12个', [{ col: 2, old: '  ', replacement: '', safe: true }], '共12个'],
  ])('%s', (text, expected, after) => {
    expect(found(text, rule, NONE)).toEqual(expected);
    expect(found(text, 'lint.double-space', NONE)).toEqual([]);
    expect(fixed(text, NONE)).toBe(after);
  });

  it('is the default', () => {
    expect(found('全市 286 个站', rule)).toHaveLength(2);
  });

  it.each(['推动全市286个代表联络站', '2024年', 'Hello world', '代表 联络站', '，ABC', '第\n2段'])('leaves %j alone', (text) => {
    expect(found(text, rule, NONE)).toEqual([]);
  });
});

describe('lint.latin-spacing, house style space', () => {
  const rule = 'lint.latin-spacing';
  it('inserts one space on each side of Latin and digits', () => {
    expect(found('全市286个站', rule, SPACE)).toEqual([
      { col: 3, old: '', replacement: ' ', safe: true },
      { col: 6, old: '', replacement: ' ', safe: true },
    ]);
    expect(fixed('全市286个站，借助5G网络，65%已解决', SPACE)).toBe('全市 286 个站，借助 5G 网络，65% 已解决');
  });

  it.each(['全市 286 个站', '（2024 年）', '，286，', 'Hello world', '第\n2'])('leaves %j alone', (text) => {
    expect(found(text, rule, SPACE)).toEqual([]);
  });
});

describe('lint.double-space', () => {
  const rule = 'lint.double-space';
  it.each([
    [NONE, '代表  联络站', [{ col: 3, old: '  ', replacement: ' ', safe: true }], '代表 联络站'],
    [NONE, 'see  this 段落', [{ col: 4, old: '  ', replacement: ' ', safe: true }], 'see this段落'],
    [SPACE, '全市  286 个站', [{ col: 3, old: '  ', replacement: ' ', safe: true }], '全市 286 个站'],
  ])('%o %s', (options, text, expected, after) => {
    expect(found(text, rule, options)).toEqual(expected);
    expect(fixed(text, options)).toBe(after);
  });

  it('indentation and line ends are Markdown’s, not doubled spaces', () => {
    expect(found('  代表\n  联络站  ', rule)).toEqual([]);
  });
});

describe('lint.fullwidth-alnum', () => {
  const rule = 'lint.fullwidth-alnum';
  it.each([
    ['共计１２３个站点', [{ col: 3, old: '１２３', replacement: '123', safe: true }], '共计123个站点'],
    ['通过ＡＰＰ反馈', [{ col: 3, old: 'ＡＰＰ', replacement: 'APP', safe: true }], '通过APP反馈'],
    ['第１期和第２期', [{ col: 2, old: '１', replacement: '1', safe: true }, { col: 6, old: '２', replacement: '2', safe: true }], '第1期和第2期'],
  ])('%s', (text, expected, after) => {
    expect(found(text, rule)).toEqual(expected);
    expect(fixed(text)).toBe(after);
  });

  it.each(['共计123个', '全角　空格', '一、二、三', '（1）'])('leaves %s alone', (text) => {
    expect(found(text, rule)).toEqual([]);
  });
});
