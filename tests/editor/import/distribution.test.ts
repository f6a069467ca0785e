/**
 * The distribution block: recipient groups from broken lines, the list they
 * match (or a new one), and the copy count the issue must carry.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { distributionSchema, type DistributionList } from '../../../src/core/schemas/index.ts';
import { chooseDistribution, distributionYaml } from '../../../src/editor/import/match-distribution.ts';
import { parseRecipients } from '../../../src/editor/import/recipients.ts';

const STANDARD: DistributionList = {
  name: '常规分送',
  send: [['省人大常委会党组成员', '秘书长']],
  deliver: [['常委会办公厅各处室', '研究室负责同志'], ['济源示范区人大工委', '各省辖市人大常委会']],
  copies: 60,
};
const OTHER_ORGAN: DistributionList = { ...STANDARD, name: '联络工委', printingOrgan: '河南省人大常委会选举任免代表联络工作委员会', copies: undefined };
const scope = {
  lists: new Map([
    ['standard', STANDARD],
    ['liaison', OTHER_ORGAN],
  ]),
  defaultId: 'standard',
  printingOrgan: '河南省人大常委会代表工作委员会',
};
const printed = { send: STANDARD.send, deliver: STANDARD.deliver, printingOrgan: '河南省人大常委会代表工作委员会' };
const issue = { year: 2023, number: 6 };

describe('parseRecipients', () => {
  it('joins lines broken inside a name, then splits groups on ，and names on 、 (not inside brackets)', () => {
    const r = parseRecipients([
      { line: 51, text: '常委会办公厅各处室、研究室负责' },
      { line: 52, text: '同志，各县（市、区） 人大常委会' },
    ]);
    expect(r.groups).toEqual([['常委会办公厅各处室', '研究室负责同志'], ['各县（市、区）人大常委会']]);
    expect(r.repairs.map((x) => [x.line, x.kind])).toEqual([
      [52, 'space'],
      [51, 'line-join'],
    ]);
  });

  it('does not report a join when the line ends with a separator', () => {
    const r = parseRecipients([
      { line: 1, text: '主任、' },
      { line: 2, text: '副主任' },
    ]);
    expect(r.groups).toEqual([['主任', '副主任']]);
    expect(r.repairs).toEqual([]);
  });

  it('flags an empty name', () => {
    expect(parseRecipients([{ line: 7, text: '主任、、副主任' }]).findings).toEqual([expect.objectContaining({ line: 7, rule: 'distribution.empty-name' })]);
  });
});

describe('chooseDistribution', () => {
  it('matches a list by its printed lines; the copy count goes on the issue only when it differs', () => {
    expect(chooseDistribution({ ...printed, copies: 60 }, scope, issue)).toEqual({ id: 'standard' });
    expect(chooseDistribution({ ...printed, copies: 80 }, scope, issue)).toEqual({ id: 'standard', copies: 80 });
    expect(chooseDistribution(printed, scope, issue)).toEqual({ id: 'standard', copies: false });
  });

  it('tells lists apart by the printing organ', () => {
    expect(chooseDistribution({ ...printed, printingOrgan: OTHER_ORGAN.printingOrgan }, scope, issue)).toEqual({ id: 'liaison' });
  });

  it('makes a new list when the names differ, with the printed count on the issue', () => {
    const choice = chooseDistribution({ ...printed, deliver: [...STANDARD.deliver, ['各县（市、区）人大常委会']], copies: 220 }, scope, issue);
    expect(choice).toEqual({
      id: 'import-2023-6',
      copies: 220,
      created: {
        id: 'import-2023-6',
        list: { name: '导入：2023年第6期', send: STANDARD.send, deliver: [...STANDARD.deliver, ['各县（市、区）人大常委会']], printingOrgan: '河南省人大常委会代表工作委员会' },
      },
    });
    // Its YAML is a valid list of the same content.
    const yaml = distributionYaml(choice.created!, 'pdf-2023-06.txt');
    expect(yaml).toContain('# 由 npm run import 根据 pdf-2023-06.txt 的分送栏新建');
    expect(distributionSchema.parse(parse(yaml))).toEqual(choice.created!.list);
  });

  it('writes send: [] when nothing is sent to leaders', () => {
    const choice = chooseDistribution({ send: [], deliver: [['各工作机构']] }, scope, issue);
    expect(distributionSchema.parse(parse(distributionYaml(choice.created!, 'x.txt'))).send).toEqual([]);
  });
});
