/**
 * A synthetic archive for tests and benchmarks: issues and articles written
 * from a seed into a content folder of its own (never into content/), with
 * the project's vocabularies and regions, realistic length and character mix
 * (ideographs, punctuation, numbers with units, Latin words) and the terms
 * readers search for, often inside longer words. Same seed, same files.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

export interface SyntheticOptions {
  seed: number;
  /** Issues per year. */
  issuesPerYear: number;
  firstYear: number;
  years: number;
  /** Articles per issue: 2 or 3, chosen per issue. */
  articles?: [number, number];
  /** Target body length in characters, roughly. */
  bodyLength?: number;
}

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same archive. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['人大常委会', '代表工委', '各级人大代表', '乡镇人大', '街道人大工委', '代表小组', '承办单位', '相关部门'];
/** Work described per topic, so a term turns up in the articles on its topic, not in every article. */
const ACTIONS_BY_TOPIC: Record<string, string[]> = {
  建议办理: ['健全代表建议办理工作机制，推动建议办理提质增效', '坚持重点建议领衔督办，推动问题真正解决', '开展“回头看”，对办理结果进行跟踪评价', '召开建议交办会，逐件明确承办单位和办理时限'],
  联络站建设: ['依托代表联络站和代表工作站，常态化开展进站接待', '统一站点标识和工作制度，提升联络站运行质效', '把代表联络站延伸到园区和社区，方便群众就近反映问题', '对站点开展星级评定，推动联络站由建起来向用起来转变'],
  履职培训: ['开展代表履职培训，提升代表审议和调研能力', '举办专题讲座和情景模拟，帮助代表学会撰写建议', '组织新任代表参加初任培训，坚持先培训后履职', '开设线上课堂，方便代表利用碎片时间学习'],
  民生实事票决: ['围绕民生实事项目票决制，组织代表逐项审议候选项目', '面向群众公开征集民生实事候选项目', '对票决产生的项目组建代表监督小组跟踪推进', '组织代表对项目完成情况进行满意度测评'],
  主题活动: ['深化代表在基层主题活动，推动代表走进选区', '制定主题活动实施方案，明确任务清单和时间节点', '组织代表开展集中视察，把主题活动引向深入', '总结推广主题活动中的典型经验'],
  联系群众: ['把联系群众作为代表履职的基础，定期走访选民', '建立代表联系选民台账，做到联系常态化', '组织代表进村入户，面对面听取群众意见', '通过恳谈会和议事会收集社情民意'],
  代表小组: ['组织代表小组开展专题调研，形成调研报告', '按照专业特长编组，发挥专业代表小组作用', '代表小组围绕年度监督议题开展活动', '发挥专业代表作用，对重点工作开展视察'],
  履职考评: ['建立履职档案和积分考评制度，激发代表履职热情', '对代表履职情况进行量化评价并定期通报', '把考评结果作为推荐连任代表人选的重要依据', '评选优秀代表和先进代表小组'],
  基层治理: ['推进基层立法联系点建设，广泛听取群众对法规草案的意见', '引导代表参与网格化管理，化解矛盾纠纷', '推动代表融入基层治理，协调解决邻里难题', '发挥乡镇人大作用，助推基层治理现代化'],
  数字化履职: ['通过数字化履职平台收集群众意见，实现线上线下联动', '开发履职小程序，群众扫码即可留言', '建设代表履职信息系统，履职情况实时记录', '利用视频连线开展远程接待'],
};
const RESULTS = [
  '收集意见建议{n}条',
  '推动解决问题{n}个',
  '走访联系群众{n}余人次',
  '举办培训{k}期',
  '新建议事场所{k}个',
  '票决民生实事项目{k}件',
  '办理代表建议{n}件，满意率达到{p}%',
  '通过12345热线转办群众诉求{n}件',
  '利用APP和5G视频终端开展远程接待{k}次',
];
const CLOSINGS = [
  '切实把人民群众的所思所盼落到实处。',
  '推动代表工作从“有形覆盖”向“有效覆盖”转变。',
  '让全过程人民民主在基层落地生根。',
  '为经济社会高质量发展贡献人大力量。',
  '形成了可复制、可推广的经验做法。',
];
const POINTS = ['一', '二', '三', '四', '五'];

interface Vocab {
  regions: { name: string; counties: { name: string; kind: string }[] }[];
  topics: string[];
  metrics: string[];
  seriesIds: string[];
}

function readVocab(contentDir: string): Vocab {
  const regions = parse(readFileSync(join(contentDir, 'regions.yaml'), 'utf8')) as { cities: Vocab['regions'] };
  const topics = (parse(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as { label: string }[]).map((t) => t.label);
  const metrics = (parse(readFileSync(join(contentDir, 'metrics.yaml'), 'utf8')) as { key: string }[]).map((m) => m.key);
  const seriesIds = (parse(readFileSync(join(contentDir, 'series.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id);
  return { regions: regions.cities, topics, metrics, seriesIds };
}

/**
 * Writes `<outDir>/content/` (vocabularies copied from `vocabularyDir`) and
 * returns the number of articles written.
 */
export function writeSyntheticArchive(outDir: string, vocabularyDir: string, options: SyntheticOptions): number {
  const rand = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const content = join(outDir, 'content');
  mkdirSync(content, { recursive: true });
  for (const f of ['regions.yaml', 'metrics.yaml', 'topics.yaml', 'series.yaml', 'distribution']) cpSync(join(vocabularyDir, f), join(content, f), { recursive: true });
  writeFileSync(
    join(content, 'publication.yaml'),
    'title: 代表工作\norgan: 河南省人大常委会代表工作委员会\ndefaultDistribution: standard\nsiteUrl: https://daibiao.example.cn/\n',
  );
  const vocab = readVocab(vocabularyDir);
  const [minArticles, maxArticles] = options.articles ?? [2, 4];
  const bodyLength = options.bodyLength ?? 1500;
  let written = 0;
  let seriesPart = 0;
  for (let y = 0; y < options.years; y++) {
    const year = options.firstYear + y;
    for (let number = 1; number <= options.issuesPerYear; number++) {
      const dir = join(content, 'issues', String(year), String(number));
      mkdirSync(dir, { recursive: true });
      const day = Math.floor(((number - 1) * 360) / options.issuesPerYear);
      const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
      const series = rand() < 0.15 && vocab.seriesIds.length ? `series:\n  id: ${vocab.seriesIds[0]}\n  part: ${++seriesPart}\n` : '';
      writeFileSync(join(dir, 'index.md'), `---\ndate: ${date}\n${series}${rand() < 0.2 ? 'copies: false\n' : ''}---\n`);
      const count = int(minArticles, maxArticles);
      for (let order = 1; order <= count; order++) {
        const city = pick(vocab.regions);
        const county = city.counties.length && rand() < 0.7 ? pick(city.counties) : undefined;
        const region = county ? (county.kind === 'district' ? `${city.name}${county.name}` : county.name) : city.name;
        const metrics = [...new Set([pick(vocab.metrics), pick(vocab.metrics)])];
        const values = metrics.map((m) => `  ${m}: ${rand() < 0.3 ? `${int(10, 9000)}+` : int(1, 5000)}`);
        const topics = [...new Set([pick(vocab.topics), pick(vocab.topics)])];
        const actions = topics.flatMap((t) => ACTIONS_BY_TOPIC[t] ?? Object.values(ACTIONS_BY_TOPIC)[0]!);
        const fill = (s: string) => s.replace('{n}', String(int(10, 9000))).replace('{k}', String(int(2, 300))).replace('{p}', String(int(80, 99)));
        const paragraphs = [`近年来，${region}${pick(SUBJECTS)}${pick(actions)}，${fill(pick(RESULTS))}，${pick(CLOSINGS)}`];
        let length = paragraphs[0]!.length;
        for (let p = 0; length < bodyLength; p++) {
          const sentences = Array.from({ length: int(3, 6) }, () => `${pick(SUBJECTS)}${pick(actions)}，${fill(pick(RESULTS))}`);
          const para = `**${POINTS[p % POINTS.length]}、${pick(actions).slice(0, int(8, 14))}。**${sentences.join('；')}。${pick(CLOSINGS)}`;
          paragraphs.push(para);
          length += para.length;
        }
        const front = [`title: ${pick(actions).slice(0, int(10, 18))}`, `region: ${region}`, `committee: ${city.name}人大常委会代表工委`, `topics: [${topics.join(', ')}]`, 'metrics:', ...values, `order: ${order}`];
        writeFileSync(join(dir, `a${order}.md`), `---\n${front.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`);
        written++;
      }
    }
  }
  return written;
}
