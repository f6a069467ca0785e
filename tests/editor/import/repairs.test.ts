/**
 * Line-level repairs: each changes exactly what it should, and logs every
 * change with its input line and a before/after excerpt.
 */
import { describe, expect, it } from 'vitest';
import { pairQuotes } from '../../../src/editor/import/quotes.ts';
import { removeFieldSpaces, removeSpaces, repairCharacters } from '../../../src/editor/import/repairs.ts';
import { repairHeadline, splitTitle } from '../../../src/editor/import/titles.ts';

const at = (line: number, text: string) => ({ line, text });

describe('repairCharacters', () => {
  it('removes Markdown debris: heading marks, escapes and bold markers', () => {
    expect(repairCharacters(at(1, '## 代表工作')).line.text).toBe('代表工作');
    expect(repairCharacters(at(9, '\\*西峡县：标题')).line.text).toBe('*西峡县：标题');
    const bold = repairCharacters(at(4, '**一、抓落实。**正文。'));
    expect(bold.line.text).toBe('一、抓落实。正文。');
    expect(bold.repairs).toEqual([expect.objectContaining({ line: 4, kind: 'markdown-debris', before: '**一、抓落实。**正文。', after: '一、抓落实。正文。' })]);
  });

  it('restores private-use characters as the middle dot, naming the code point', () => {
    const r = repairCharacters(at(15, '履职为民\uE0A3网格先行'));
    expect(r.line.text).toBe('履职为民·网格先行');
    expect(r.repairs).toEqual([
      { line: 15, kind: 'private-use', before: '履职为民\uE0A3网格先行', after: '履职为民·网格先行', message: expect.stringContaining('U+E0A3') },
    ]);
  });

  it('normalises full-width digits and drops page-number lines', () => {
    expect(repairCharacters(at(3, '走访１８００余人次')).line.text).toBe('走访1800余人次');
    const page = repairCharacters(at(25, '— ２ —'));
    expect(page.line.text).toBe('');
    expect(page.repairs.map((r) => r.kind)).toEqual(['full-width-digit', 'page-number']);
  });

  it('widens , : ; ? ! next to Chinese, and parentheses in pairs; 9:30 and 1,200 stay', () => {
    expect(repairCharacters(at(1, '近年来,新蔡县:好;行?是!')).line.text).toBe('近年来，新蔡县：好；行？是！');
    expect(repairCharacters(at(1, '(驻马店市人大常委会代表工委供稿)')).line.text).toBe('（驻马店市人大常委会代表工委供稿）');
    expect(repairCharacters(at(1, '各县(市、区)人大')).line.text).toBe('各县（市、区）人大');
    expect(repairCharacters(at(1, '代表大会(NPC)')).line.text).toBe('代表大会（NPC）');
    expect(repairCharacters(at(1, '上午9:30开会,共1,200人')).line.text).toBe('上午9:30开会，共1,200人');
    const r = repairCharacters(at(7, '近年来,安阳'));
    expect(r.repairs).toEqual([{ line: 7, kind: 'half-width-punctuation', before: '近年来,安阳', after: '近年来，安阳', message: '半角“,”改为全角“，”' }]);
  });
});

describe('removeSpaces (body text)', () => {
  it('removes spaces between Chinese characters and between Chinese and digits, one repair each', () => {
    const r = removeSpaces(at(21, '一、编 组 入 网，将全县 3 级代表'));
    expect(r.line.text).toBe('一、编组入网，将全县3级代表');
    expect(r.repairs).toHaveLength(5);
    expect(r.repairs.every((x) => x.line === 21 && x.kind === 'space')).toBe(true);
    expect(r.repairs[0]).toMatchObject({ before: '一、编 组 入 ', after: '一、编组 入 ', message: '删除汉字之间的空格' });
  });

  it('removes a space next to an ASCII quote (it becomes Chinese), keeps one between two English words', () => {
    expect(removeSpaces(at(1, '审议"一府两院" 工作报告')).line.text).toBe('审议"一府两院"工作报告');
    expect(removeSpaces(at(1, '使用 Office Word 软件')).line.text).toBe('使用Office Word软件');
  });

  it('field spaces: every space goes but one between two ASCII words', () => {
    expect(removeFieldSpaces(at(55, '研究室负责 同志')).line.text).toBe('研究室负责同志');
    expect(removeFieldSpaces(at(55, '代表 ABC 小组')).line.text).toBe('代表ABC小组');
  });
});

describe('pairQuotes', () => {
  it('turns ASCII quotes into Chinese ones in turn, with the line of each', () => {
    const lineAt = (offset: number) => (offset < 6 ? 17 : 19);
    const r = pairQuotes('聚焦"提的好""办的好"', lineAt);
    expect(r.text).toBe('聚焦“提的好”“办的好”');
    expect(r.repairs.map((x) => [x.line, x.after.includes('“') ? 'open' : 'close'])).toEqual([
      [17, 'open'],
      [19, 'close'],
      [19, 'open'],
      [19, 'close'],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('works alongside Chinese quotes already there', () => {
    expect(pairQuotes('“四进"和"四访”', () => 1).text).toBe('“四进”和“四访”');
  });

  it('flags an unpaired quote and changes nothing', () => {
    const r = pairQuotes('解决群众反映的"急难愁盼问题41个。', () => 31);
    expect(r.text).toBe('解决群众反映的"急难愁盼问题41个。');
    expect(r.repairs).toEqual([]);
    expect(r.findings).toEqual([expect.objectContaining({ line: 31, severity: 'warning', rule: 'quote.unpaired' })]);
  });
});

describe('titles', () => {
  it('splits region and headline', () => {
    expect(splitTitle('许昌市建安区：建强“家门口”联络站')).toEqual({ regionText: '许昌市建安区', headline: '建强“家门口”联络站' });
    expect(splitTitle('开封市 龙亭区：代表进社区')).toEqual({ regionText: '开封市龙亭区', headline: '代表进社区' });
    expect(splitTitle('各省辖市人大常委会，济源示范区人大工委：')).toBeNull();
  });

  it('keeps one space after a closing quote, drops other spaces, pairs quotes', () => {
    const r = repairHeadline('聚焦"四个好"  推动建议办理提质 增效', 13);
    expect(r.text).toBe('聚焦“四个好” 推动建议办理提质增效');
    expect(r.repairs.map((x) => x.message)).toEqual([
      '英文引号改为中文前引号““”',
      '英文引号改为中文后引号“””',
      '标题中分隔两个词组的空格统一为一个半角空格',
      '删除标题中的空格（不是分隔词组的空格）',
    ]);
    expect(r.repairs.every((x) => x.line === 13)).toBe(true);
  });

  it('keeps a space between two Chinese phrases only where the contents prints it too', () => {
    expect(repairHeadline('为民履职走在前 助力发展添彩中原', 36, '为民履职走在前 助力发展添彩中原').text).toBe('为民履职走在前 助力发展添彩中原');
    expect(repairHeadline('稳步推进人大代表 在行动主题活动', 16, '稳步推进人大代表在行动主题活动').text).toBe('稳步推进人大代表在行动主题活动');
    expect(repairHeadline('为民履职走在前 助力发展添彩中原', 36).text).toBe('为民履职走在前助力发展添彩中原');
  });
});
