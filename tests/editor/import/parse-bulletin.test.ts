/**
 * Repaired lines → the parts of a bulletin. Each case is a small export
 * written for the test; line numbers are those of the input.
 */
import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../../../src/editor/import/parse-bulletin.ts';
import { splitLines } from '../../../src/editor/import/import-bulletin.ts';
import { repairCharacters } from '../../../src/editor/import/repairs.ts';
import { REGIONS } from './regions.ts';


const parse = (text: string) =>
  parseBulletin(
    splitLines(text).map((l) => repairCharacters(l).line),
    { publicationTitle: '代表工作', regions: REGIONS },
  );

const BULLETIN = `
代表工作

第 6 期（总第 264 期）

河南省人大常委会
代表工作委员会

2023 年 3 月 20 日

“履职为民·代表在基层”主题活动专辑（十二）

- * 驻马店市新蔡县：以“小网格”撬动基层“大治理”
- * 开封市龙亭区：代表进社区 服务零距离

编者按：本期刊登两篇基层经验。

驻马店市新蔡县：以“小网格” 撬动基层“大治理”

第一段没有写完，
接着写完。

一、编组入网。正文。

（驻马店市人大常委会代表工委供稿）

图为代表在网格内走访群众

开封市龙亭区：代表进社区 服务零距离

正文一段。（开封市人大常委会代表工委供稿）

送：省人大常委会党组成员、秘书长

发：常委会办公厅各处室、研究室负责
同志，各专门委员会

河南省人大常委会代表工作委员会印发  共印 80 份
`;

describe('parseBulletin', () => {
  const b = parse(BULLETIN);

  it('reads the masthead: title, number with running total, organ over two lines, date', () => {
    expect(b.masthead).toEqual({
      titleLine: 2,
      number: { value: 6, runningTotal: 264, line: 4 },
      organ: { text: '河南省人大常委会代表工作委员会', line: 6 },
      date: { iso: '2023-03-20', line: 9 },
      other: [],
    });
  });

  it('reads the series line with its part, the contents and the editor’s note', () => {
    expect(b.series).toEqual({ title: '“履职为民·代表在基层”主题活动专辑', part: 12, line: 11 });
    expect(b.toc).toEqual([
      { line: 13, regionText: '驻马店市新蔡县', headline: '以“小网格”撬动基层“大治理”' },
      { line: 14, regionText: '开封市龙亭区', headline: '代表进社区 服务零距离' },
    ]);
    expect(b.note).toEqual([{ line: 16, text: '本期刊登两篇基层经验。' }]);
  });

  it('splits articles at their headings, with body lines, committee, and a committee run into the last line', () => {
    expect(b.articles.map((a) => [a.line, a.regionText, a.lookup.kind, a.committee])).toEqual([
      [18, '驻马店市新蔡县', 'found', { line: 25, text: '驻马店市人大常委会代表工委' }],
      [29, '开封市龙亭区', 'found', { line: 31, text: '开封市人大常委会代表工委' }],
    ]);
    expect(b.articles[0]!.body.filter((l) => l.text).map((l) => l.line)).toEqual([20, 21, 23]);
    expect(b.articles[1]!.body.filter((l) => l.text)).toEqual([{ line: 31, text: '正文一段。' }]);
  });

  it('keeps text between a committee line and the next heading as unplaced, with its line', () => {
    expect(b.unplaced).toEqual([{ lines: [{ line: 27, text: '图为代表在网格内走访群众' }, { line: 28, text: '' }], reason: '位于供稿行之后、下一篇文章之前' }]);
  });

  it('reads the distribution block, continuation lines included, and the footer with copies', () => {
    expect(b.distribution).toEqual({
      send: [{ line: 33, text: '省人大常委会党组成员、秘书长' }],
      deliver: [
        { line: 35, text: '常委会办公厅各处室、研究室负责' },
        { line: 36, text: '同志，各专门委员会' },
      ],
      footer: { organ: '河南省人大常委会代表工作委员会', line: 38 },
      copies: { value: 80, line: 38 },
    });
  });

  it('finds no masthead in a notice, and does not take its salutation for a title', () => {
    const notice = parse('关于召开座谈会的通知\n\n各省辖市人大常委会，济源示范区人大工委：\n\n现将有关事项通知如下：\n');
    expect(notice.masthead).toBeUndefined();
    expect(notice.articles).toEqual([]);
    expect(notice.unplaced[0]!.lines[0]).toEqual({ line: 1, text: '关于召开座谈会的通知' });
  });

  it('reads contents without bullets, and rejoins a heading the export broke over two lines', () => {
    const text = ['第 7 期', '2023年4月6日', '西峡县：“四进四访”助力乡村振兴', '新蔡县：网格', '', '西峡县：“四进四访”助力', '乡村振兴', '', '正文。', '（南阳市人大常委会代表工委供稿）'].join('\n');
    const r = parse(text);
    expect(r.toc.map((e) => e.line)).toEqual([3, 4]);
    expect(r.articles.map((a) => [a.line, a.headline])).toEqual([[6, '“四进四访”助力乡村振兴']]);
    expect(r.repairs).toEqual([expect.objectContaining({ line: 7, kind: 'line-join' })]);
    expect(r.articles[0]!.body.filter((l) => l.text).map((l) => l.text)).toEqual(['正文。']);
  });

  it('ends an article at “……印发” only when it is the footer, not a body line that happens to end so', () => {
    const text = ['第 9 期', '2023年5月1日', '', '西峡县：标题', '', '县人大常委会制定并印发', '《实施方案》，明确分工。', '（南阳市人大常委会代表工委供稿）', '', '河南省人大常委会代表工作委员会印发'].join('\n');
    const r = parse(text);
    expect(r.articles[0]!.body.filter((l) => l.text).map((l) => l.line)).toEqual([6, 7]);
    expect(r.distribution).toEqual({ send: [], deliver: [], footer: { organ: '河南省人大常委会代表工作委员会', line: 10 } });
  });

  it('takes a title with an unknown county for a heading (to report it), but only outside an article', () => {
    const r = parse('第 8 期\n2023年4月18日\n\n新城县：代表小组建在产业链上\n\n正文。\n（新城县人大常委会供稿）\n');
    expect(r.articles.map((a) => [a.regionText, a.lookup.kind])).toEqual([['新城县', 'unknown']]);
    const inside = parse('第 8 期\n2023年4月18日\n\n西峡县：标题\n\n新城县：某镇做法\n正文。\n（南阳市人大常委会代表工委供稿）\n');
    expect(inside.articles.map((a) => a.regionText)).toEqual(['西峡县']);
    expect(inside.articles[0]!.body.filter((l) => l.text).map((l) => l.text)).toEqual(['新城县：某镇做法', '正文。']);
  });
});
