import type { FieldHints } from './zod-issues.ts';

/** What to write, per field, in the editor's words. */
export const ARTICLE_HINTS: FieldHints = {
  title: '写不含地区的标题，如 title: 以“三张清单”推动建议落地见效',
  region: '写地区名称或代码，如 region: 西峡县 或 region: 开封市龙亭区',
  regionLabel: '写标题中地区的叫法，如 regionLabel: 龙亭区',
  committee: '写供稿单位，如 committee: 南阳市人大常委会代表工委',
  topics: '写主题词列表，如 topics: [建议办理, 联络站建设]（见 content/topics.yaml）',
  metrics: '写成“指标 key: 数值”，如 voters_visited: 7600+（见 content/metrics.yaml）',
  order: '写本文在本期中的顺序，从 1 起，如 order: 1',
  slug: '写小写英文网址名，如 slug: xixia',
};

export const ISSUE_HINTS: FieldHints = {
  date: '写成 date: 2025-06-16',
  series: '写成 series: { id: 专辑 id, part: 4 }（见 content/series.yaml）',
  'series.id': '写 content/series.yaml 中的专辑 id',
  'series.part': '写第几辑，正整数，如 part: 4',
  distribution: '写 content/distribution/ 下的名单文件名（不含 .yaml），如 distribution: standard',
  copies: '写正整数（如 copies: 60）；不印份数写 copies: false；沿用分送名单的份数则删去此行',
};

export const PUBLICATION_HINTS: FieldHints = {
  title: '写刊名，如 title: 代表工作',
  organ: '写报头下的发文机关',
  printingOrgan: '写报尾“印发”的机关',
  defaultDistribution: '写 content/distribution/ 下的名单文件名（不含 .yaml）',
  siteUrl: '写网站的完整地址，如 siteUrl: https://example.cn/',
  anchor: '写成 年/期号，如 anchor: 2024/9',
  total: '写该期的总期数，正整数',
  knownGaps: '写成 年/期号 的列表，如 knownGaps: [2025/5]',
  latinSpacing: '写 none（中文与数字、字母之间不加空格）或 space（加一个空格）',
};

export const DISTRIBUTION_HINTS: FieldHints = {
  name: '写名单名称，如 name: 常规分送',
  send: '写“送”的收件人分组列表，如 send: [[省人大常委会主任, 副主任]]',
  deliver: '写“发”的收件单位分组列表',
  copies: '写默认印数，正整数',
  allocation: '写“收件人: 份数”，收件人须出现在 send 或 deliver 中',
};

export const VOCABULARY_HINTS: FieldHints = {
  key: '写小写英文 key，如 voters_visited',
  id: '写小写英文 id，如 suggestions',
  label: '写中文名称',
  unit: '写计量单位，如 人次',
  title: '写专辑标题',
  code: '写 6 位行政区划代码，加引号，如 "411323"',
  kind: '写 district（市辖区）、county（县）或 city（县级市）',
  name: '写地区名称',
};
