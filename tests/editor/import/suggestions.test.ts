/**
 * What the importer suggests and never writes: metrics from numbers with
 * units, topics from labels, “十” that may be “+” — and the series a series
 * line names (or adds, keeping series.yaml's comments).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chooseSeries, seriesId, seriesYamlWith } from '../../../src/editor/import/match-series.ts';
import { suggestMetrics } from '../../../src/editor/import/metric-suggestions.ts';
import { findSuspiciousTen, suggestTopics } from '../../../src/editor/import/text-hints.ts';

const METRICS = [
  { key: 'suggestions_collected', label: '收集意见建议', unit: '条' },
  { key: 'key_suggestions', label: '重点督办建议', unit: '件' },
  { key: 'problems_solved', label: '推动解决问题', unit: '个' },
  { key: 'liaison_stations', label: '代表联络站', unit: '个' },
  { key: 'voters_visited', label: '走访联系群众', unit: '人次' },
  { key: 'trainees', label: '参训代表', unit: '人次' },
];

describe('suggestMetrics', () => {
  const text = '累计走访选民7600余人次，收集意见建议205条，推动解决问题98个；确定14件重点督办建议，组建10个代表小组，近200名代表参加，接待1.2万人次。第3次会议于2024年召开。';
  const lineAt = (offset: number) => (offset < 35 ? 40 : 41);
  const s = suggestMetrics(text, lineAt, METRICS);

  it('lists every count with its unit, value and line; ordinals and years are not counts', () => {
    expect(s.map((x) => [x.line, x.text, x.value])).toEqual([
      [40, '7600余人次', '7600+'],
      [40, '205条', '205'],
      [40, '98个', '98'],
      [41, '14件', '14'],
      [41, '10个', '10'],
      [41, '近200名', undefined],
      [41, '1.2万人次', '12000'],
    ]);
  });

  it('guesses the metric from the words around the number, not from generic ones', () => {
    expect(s.map((x) => x.key)).toEqual(['voters_visited', 'suggestions_collected', 'problems_solved', 'key_suggestions', undefined, undefined, undefined]);
  });
});

describe('hints', () => {
  it('suggests topics whose label (or its first three characters) occurs, most frequent first', () => {
    const topics = [
      { id: 'a', label: '建议办理' },
      { id: 'b', label: '联络站建设' },
      { id: 'c', label: '数字化履职' },
    ];
    expect(suggestTopics('代表联络站……联络站……建议办理', topics)).toEqual(['联络站建设', '建议办理']);
  });

  it('finds 十 between words, not in numerals or words it begins', () => {
    const hits = findSuspiciousTen('采取“入户十座谈”方式，县十六届人大，十分重视，在十个工作日内，第十次会议');
    expect(hits.map((h) => h.context)).toEqual(['取“入户十座谈”方']);
    expect(hits[0]!.offset).toBe(5);
  });
});

describe('series', () => {
  const known = [{ id: 'deputies-at-grassroots', title: '“履职为民·代表在基层”主题活动专辑' }];

  it('matches a series by title, whatever quotes and spaces the export used', () => {
    expect(chooseSeries('"履职为民·代表在基层" 主题活动专辑', known)).toEqual({ kind: 'existing', series: known[0] });
  });

  it('makes a new series with a pinyin id, and points at a similar one', () => {
    expect(chooseSeries('“代表履职·服务发展”主题活动专辑', known)).toEqual({
      kind: 'new',
      series: { id: 'daibiaolvzhi-fuwufazhan', title: '“代表履职·服务发展”主题活动专辑' },
    });
    expect(chooseSeries('“履职为民·代表在基层”专题活动专辑', known)).toMatchObject({ kind: 'new', similar: known[0] });
    expect(seriesId('“代表履职·服务发展”主题活动专辑', new Set(['daibiaolvzhi-fuwufazhan']))).toBe('daibiaolvzhi-fuwufazhan-2');
  });

  it('adds to series.yaml keeping its comments, or starts the file', () => {
    const before = '# 专辑表：注释要保留。\n- id: deputies-at-grassroots\n  title: “履职为民·代表在基层”主题活动专辑\n';
    const after = seriesYamlWith(before, [{ id: 'new-one', title: '“新”专辑' }], () => '导入时新增');
    expect(after).toBe(`${before}# 导入时新增\n- id: new-one\n  title: “新”专辑\n`);
    expect(parse(seriesYamlWith(undefined, [{ id: 'new-one', title: '“新”专辑' }], () => '注'))).toEqual([{ id: 'new-one', title: '“新”专辑' }]);
  });
});
