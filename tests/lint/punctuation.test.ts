/**
 * Half-width punctuation after Chinese, ASCII quotes, parentheses of mixed or
 * half width, and repeated marks: what is flagged, at which column, with
 * which replacement, and what is left alone.
 */
import { describe, expect, it } from 'vitest';
import { fixed, found } from './hits.ts';

describe('lint.halfwidth-punctuation', () => {
  const rule = 'lint.halfwidth-punctuation';
  it.each([
    ['收集意见,反馈群众', [{ col: 5, old: ',', replacement: '，', safe: true }], '收集意见，反馈群众'],
    ['收集意见, 反馈', [{ col: 5, old: ', ', replacement: '，', safe: true }], '收集意见，反馈'],
    ['他说:你好', [{ col: 3, old: ':', replacement: '：', safe: true }], '他说：你好'],
    ['他说:“好”', [{ col: 3, old: ':', replacement: '：', safe: true }], '他说：“好”'],
    ['“好”,他说', [{ col: 4, old: ',', replacement: '，', safe: true }], '“好”，他说'],
    ['意见;反馈', [{ col: 3, old: ';', replacement: '；', safe: true }], '意见；反馈'],
    ['真的吗?是的!', [{ col: 4, old: '?', replacement: '？', safe: true }, { col: 7, old: '!', replacement: '！', safe: true }], '真的吗？是的！'],
    ['工作已完成.', [{ col: 6, old: '.', replacement: '。', safe: true }], '工作已完成。'],
    ['（含县区）,共', [{ col: 6, old: ',', replacement: '，', safe: true }], '（含县区），共'],
  ])('%s', (text, expected, after) => {
    expect(found(text, rule)).toEqual(expected);
    expect(fixed(text)).toBe(after);
  });

  it.each(['共3.5万人', '时间为9:00', '约1,200人', '访问example.com获取', 'A,B两类', 'PM2.5浓度', '等等...', 'Hello, world', '意见，反馈'])(
    'leaves %s alone',
    (text) => expect(found(text, rule)).toEqual([]),
  );
});

describe('lint.ascii-quotes', () => {
  const rule = 'lint.ascii-quotes';
  it('a balanced pair becomes “…” and is safe', () => {
    expect(found('由"建起来"向"活起来"转变', rule)).toEqual([
      { col: 2, old: '"', replacement: '“', safe: true },
      { col: 6, old: '"', replacement: '”', safe: true },
      { col: 8, old: '"', replacement: '“', safe: true },
      { col: 12, old: '"', replacement: '”', safe: true },
    ]);
    expect(fixed('由"建起来"向"活起来"转变')).toBe('由“建起来”向“活起来”转变');
  });

  it('pairs with curly quotes already there: “好" closes with ”', () => {
    expect(found('他说“好"。', rule)).toEqual([{ col: 5, old: '"', replacement: '”', safe: true }]);
  });

  it('single quotes inside Chinese, but not apostrophes', () => {
    expect(fixed("称为'小网格'。")).toBe('称为‘小网格’。');
    expect(found("引用 it's fine 的说法", rule)).toEqual([]);
  });

  it('an odd quote out is reported, never fixed', () => {
    expect(found('代表说"我们要做好工作。', rule)).toEqual([{ col: 4, old: '"', replacement: '“', safe: false }]);
    expect(fixed('代表说"我们要做好工作。')).toBe('代表说"我们要做好工作。');
  });

  it('text with no Chinese is not Chinese copy', () => {
    expect(found('"Hello"', rule)).toEqual([]);
  });
});

describe('lint.mixed-brackets and lint.halfwidth-brackets', () => {
  it.each([
    ['（含县区)共', 'lint.mixed-brackets', [{ col: 5, old: ')', replacement: '）', safe: true }], '（含县区）共'],
    ['(含县区）共', 'lint.mixed-brackets', [{ col: 1, old: '(', replacement: '（', safe: true }], '（含县区）共'],
    ['全市(含县区)共', 'lint.halfwidth-brackets', [{ col: 3, old: '(', replacement: '（', safe: true }, { col: 7, old: ')', replacement: '）', safe: true }], '全市（含县区）共'],
  ])('%s', (text, rule, expected, after) => {
    expect(found(text, rule)).toEqual(expected);
    expect(fixed(text)).toBe(after);
  });

  it.each(['国内生产总值(GDP)', '第(1)项', '（含县区）', '见附件1)'])('leaves %s alone', (text) => {
    expect(found(text, 'lint.mixed-brackets')).toEqual([]);
    expect(found(text, 'lint.halfwidth-brackets')).toEqual([]);
  });
});

describe('lint.repeated-punctuation', () => {
  const rule = 'lint.repeated-punctuation';
  it.each([
    ['好。。真好', [{ col: 3, old: '。', replacement: '', safe: true }], '好。真好'],
    ['对，，是', [{ col: 3, old: '，', replacement: '', safe: true }], '对，是'],
    ['真好！！！', [{ col: 4, old: '！！', replacement: '', safe: true }], '真好！'],
    ['为什么？？', [{ col: 5, old: '？', replacement: '', safe: true }], '为什么？'],
    ['甲、、乙', [{ col: 3, old: '、', replacement: '', safe: true }], '甲、乙'],
    ['意见，,反馈', [{ col: 4, old: ',', replacement: '', safe: true }], '意见，反馈'],
    ['意见,,反馈', [{ col: 4, old: ',', replacement: '', safe: true }], '意见，反馈'],
  ])('%s', (text, expected, after) => {
    expect(found(text, rule)).toEqual(expected);
    expect(fixed(text)).toBe(after);
  });

  it('three 。 were probably an ellipsis: reported, not fixed', () => {
    expect(found('等等。。。', rule)).toEqual([{ col: 3, old: '。。。', replacement: '……', safe: false }]);
    expect(fixed('等等。。。')).toBe('等等。。。');
  });

  it.each(['省略号……和破折号——没问题', '真的吗？！', 'Wait!!', 'a,,b'])('leaves %s alone', (text) => {
    expect(found(text, rule)).toEqual([]);
  });
});
