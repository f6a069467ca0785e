/**
 * “十” for “+”: the slips it must find, and the numerals and words it must
 * never touch. The negative table is the larger on purpose: a 十 marked
 * wrong costs an editor more than a slip the lint misses.
 */
import { describe, expect, it } from 'vitest';
import { fixed, found } from './hits.ts';

const rule = 'lint.ten-for-plus';
const cols = (text: string) => found(text, rule).map((f) => f.col);

describe('lint.ten-for-plus', () => {
  it.each([
    ['推行线上十线下相结合', [5]],
    ['实行主任十领衔代表十专业小组', [5, 10]],
    ['党建十网格', [3]],
    ['建立1十N联系机制', [4]],
    ['推进互联网十政务服务', [6]],
    ['探索联络站十网格模式', [6]],
    ['推行“固定接待十流动走访”', [8]],
    ['借助5G十智慧平台', [5]],
  ])('flags %s', (text, columns) => {
    expect(cols(text)).toEqual(columns);
  });

  it('suggests “+”, never fixes on its own', () => {
    expect(found('党建十网格', rule)).toEqual([{ col: 3, old: '十', replacement: '+', safe: false }]);
    expect(fixed('党建十网格')).toBe('党建十网格');
  });

  it.each([
    '这项工作十分重要',
    '代表们干劲十足',
    '评选全省十大民生实事',
    '荣获十佳代表称号',
    '这十年来',
    '收集意见十余条',
    '十几个站点',
    '数十名代表参加',
    '几十年如一日',
    '二十个乡镇',
    '第十届全国人大',
    '省十一届人大常委会',
    '第十八次会议',
    '谋划“十四五”规划',
    '党的十九大以来',
    '党的二十大精神',
    '五十余人参加',
    '实施“三十工程”',
    '办好十项民生实事',
    '十件实事全部完成',
    '力求十全十美',
    '开展十查十改活动',
    '五光十色',
    '总结“工作十法”',
    '一传十、十传百',
    '以一当十',
    '行至十字路口',
    '近十年来',
    '选出十名优秀代表',
    // A word often joined by “+”, but followed by a numeral's word: still ten.
    '党建十大工程',
    '互联网十年发展历程',
    '联络站十项制度',
    '网格十分密集',
    '评选“线上十佳”',
    '开展法律十进活动',
    '十',
  ])('leaves %s alone', (text) => {
    expect(cols(text)).toEqual([]);
  });
});
