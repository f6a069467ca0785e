/**
 * npm run import on the fixtures, into throw-away copies of the minimal
 * content (with the province's regions and this bulletin's title): the
 * result loads without errors, a second import and a non-bulletin are
 * refused with nothing written, and --partial imports what it can.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../../src/core/load/index.ts';
import { formatRunReport } from '../../../src/editor/import/report.ts';
import { runImport, type RunOptions } from '../../../src/editor/import/run-import.ts';
import { makeContentRoot } from '../../helpers/content-fixture.ts';
import { PROJECT } from '../../helpers/project-copy.ts';

const EXPORTS = join(PROJECT, 'tests', 'fixtures', 'exports');
const fixture = (name: string) => join(EXPORTS, name);

/** The minimal content, made to receive 《代表工作》: its title, the province's regions, one more series. */
const OVERLAY = {
  'publication.yaml': [
    'title: 代表工作',
    'organ: 河南省人大常委会代表工作委员会',
    'numbering:',
    '  runningTotal:',
    '    - anchor: 2025/1',
    '      total: 41',
    'defaultDistribution: standard',
    'siteUrl: https://example.cn/',
    '',
  ].join('\n'),
  'regions.yaml': readFileSync(join(PROJECT, 'content', 'regions.yaml'), 'utf8'),
  'series.yaml': '# 专辑表（测试）。\n- id: test-series\n  title: 测试专辑\n- id: deputies-at-grassroots\n  title: “履职为民·代表在基层”主题活动专辑\n',
};

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});
function freshRoot(): string {
  const root = makeContentRoot(OVERLAY);
  roots.push(root);
  return root;
}

const options = (more: Partial<RunOptions> = {}): RunOptions => ({ contentDir: 'content', partial: false, dryRun: false, ...more });

/** Every file under a folder with its text: what “nothing was written” is checked against. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('importing the three fixtures', () => {
  const root = freshRoot();
  const result = runImport(root, [fixture('clean-2023-05.txt'), fixture('pdf-2023-06.txt'), fixture('markdown-2023-07.txt')], options());
  const [clean, pdf, markdown] = result.imports;
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  it('writes every issue, article, new distribution list and the new series, and the content loads without errors', () => {
    expect(result.ok).toBe(true);
    expect([...result.written].sort()).toEqual(
      [
        'content/distribution/import-2023-5.yaml',
        'content/distribution/import-2023-7.yaml',
        'content/issues/2023/5/index.md',
        'content/issues/2023/5/linzhou.md',
        'content/issues/2023/5/xuchang-jianan.md',
        'content/issues/2023/6/index.md',
        'content/issues/2023/6/kaifeng-longting.md',
        'content/issues/2023/6/xincai.md',
        'content/issues/2023/7/index.md',
        'content/issues/2023/7/jiyuan.md',
        'content/issues/2023/7/xixia.md',
        'content/series.yaml',
      ].sort(),
    );
    const loaded = loadArchive(root);
    // The only errors: the text the importer could not place, marked for the editor, which blocks publishing until reviewed.
    expect(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      'content/issues/2023/6/xincai.md:18 article.import-mark',
    ]);
    const issues = loaded.archive!.issues.filter((i) => i.year === 2023);
    expect(issues.map((i) => [i.key, i.date, i.series && `${i.series.series.id}/${i.series.part}`, i.distribution.id, i.distribution.copies])).toEqual([
      ['2023/5', '2023-03-08', 'deputies-at-grassroots/2', 'import-2023-5', 80],
      ['2023/6', '2023-03-20', undefined, 'import-2023-5', null],
      ['2023/7', '2023-04-06', 'daibiaolvzhi-fuwufazhan/1', 'import-2023-7', 220],
    ]);
    expect(issues.flatMap((i) => i.articles.map((a) => `${a.order} ${a.displayTitle}（${a.committee}）`))).toEqual([
      '1 许昌市建安区：建强“家门口”联络站 架起民意“连心桥”（许昌市人大常委会代表工委）',
      '2 林州市：“三张清单”推动代表建议落地见效（安阳市人大常委会代表工委）',
      '1 驻马店市新蔡县：以“小网格” 撬动基层“大治理”（驻马店市人大常委会代表工委）',
      '2 开封市龙亭区：代表进社区 服务零距离（开封市人大常委会代表工委）',
      '1 济源示范区：“积分管理” 激发代表履职活力（济源示范区人大工委）',
      '2 西峡县：“四进四访”助力乡村振兴（南阳市人大常委会代表工委）',
    ]);
  });

  it('writes frontmatter as an editor would: title without region, regionLabel only when the title names the region differently, topics empty', () => {
    expect(read('content/issues/2023/6/xincai.md')).toMatch(
      /^---\ntitle: 以“小网格” 撬动基层“大治理”\nregion: 新蔡县\nregionLabel: 驻马店市新蔡县\ncommittee: 驻马店市人大常委会代表工委\ntopics: \[\]\norder: 1\n---\n/,
    );
    expect(read('content/issues/2023/5/xuchang-jianan.md')).toMatch(/^---\ntitle: 建强“家门口”联络站 架起民意“连心桥”\nregion: 许昌市建安区\ncommittee: /);
    expect(read('content/issues/2023/5/index.md')).toBe('---\ndate: 2023-03-08\nseries:\n  id: deputies-at-grassroots\n  part: 2\ndistribution: import-2023-5\ncopies: 80\n---\n');
    expect(read('content/distribution/import-2023-7.yaml')).toContain('  - [济源示范区人大工委, 各省辖市人大常委会]\n  - [各县（市、区）人大常委会]\n');
    expect(read('content/series.yaml')).toMatch(/^# 专辑表（测试）。\n[\s\S]*# 由 npm run import 导入 2023年第7期[^\n]*\n- id: daibiaolvzhi-fuwufazhan\n  title: “代表履职·服务发展”主题活动专辑\n$/);
  });

  it('repairs the PDF export and lists each repair with its input line', () => {
    const body = read('content/issues/2023/6/xincai.md');
    expect(body).toContain('以“履职为民·网格先行”为主题，把全县代表编入村（社区）网格，推动代表工作与网格治理深度融合，让代表在群众身边履职、在网格一线解难。');
    expect(body).toContain('**一、编组入网，明确履职责任。**县人大常委会按照就近就便的原则，将全县3级人大代表编入218个网格，每个网格明确1名联系代表，公开代表姓名和联系电话，做到网格有代表、代表有责任。');
    const repairs = pdf!.repairs.map((r) => `${r.line} ${r.kind}`);
    expect(repairs).toEqual(expect.arrayContaining(['15 private-use', '25 page-number', '23 line-join', '21 space', '29 full-width-digit', '51 line-join']));
    expect(pdf!.repairs.find((r) => r.kind === 'line-join' && r.line === 23)!.message).toBe('第 23 行末没有句末标点，与第 27 行接为一段');
  });

  it('keeps text it could not place, marked, at the end of the article before it', () => {
    expect(read('content/issues/2023/6/xincai.md')).toMatch(
      /已推动解决问题132个。\n\n【导入待核：以下文字未能归位（原文第35行，位于供稿行之后、下一篇文章之前）[^\n]*】\n\n图为代表在网格内走访群众\n$/,
    );
    expect(pdf!.unplaced).toEqual([{ from: 35, to: 35, reason: '位于供稿行之后、下一篇文章之前', file: 'content/issues/2023/6/xincai.md' }]);
    expect(pdf!.findings).toContainEqual(expect.objectContaining({ line: 35, rule: 'text.unplaced', severity: 'warning' }));
  });

  it('repairs the Markdown-ish export: debris, quotes, commas, parentheses; an unpaired quote is flagged and kept', () => {
    const jiyuan = read('content/issues/2023/7/jiyuan.md');
    expect(jiyuan).toContain('引导代表由“被动履职”向“主动作为”转变。');
    expect(jiyuan).toContain('**二、动态记录积分，让履职有痕迹。**各镇（街道）人大为每名代表建立履职档案');
    expect(jiyuan).toContain('www\\.jyrd.example.cn/lvzhi\\_jifen公开');
    expect(read('content/issues/2023/7/xixia.md')).toContain('推动解决群众反映的"急难愁盼问题41个。');
    expect(markdown!.findings).toContainEqual(expect.objectContaining({ line: 39, rule: 'quote.unpaired' }));
    expect(markdown!.repairs.filter((r) => r.line === 1).map((r) => r.message)).toEqual(['删除 Markdown 标题符号“##”']);
  });

  it('suggests metrics and points out a running total the archive cannot place, writing neither', () => {
    expect(clean!.metrics[0]).toEqual({
      file: 'content/issues/2023/5/xuchang-jianan.md',
      suggestions: expect.arrayContaining([{ line: 23, text: '312条', unit: '条', value: '312', key: 'suggestions_collected', label: '收集意见建议' }]),
    });
    expect(read('content/issues/2023/5/xuchang-jianan.md')).not.toContain('metrics');
    expect(clean!.findings).toContainEqual(expect.objectContaining({ rule: 'masthead.running-total', fix: expect.stringContaining('anchor: 2023/5, total: 263') }));
    expect(pdf!.tens).toEqual([{ line: 29, context: '取“入户十座谈”的' }]);
  });

  it('reports in Chinese, every repair with its line', () => {
    const report = formatRunReport(result, false);
    expect(report).toContain(`== ${fixture('pdf-2023-06.txt')} → 2023年第6期（2023-03-20）`);
    expect(report).toContain('第 15 行  私用区字符 U+E0A3 改为间隔号“·”（PDF 导出残留，请对照原件核对）：「履职为民\uE0A3网格先行」→「履职为民·网格先行」');
    expect(report).toContain('第 25 行  删除页码行“— 2 —”');
    expect(report).toContain('第 23 行  「312条」→ suggestions_collected: 312（收集意见建议）');
    expect(report).toContain('已写入 12 个文件。');
  });

  it('refuses to import an issue a second time, and writes nothing', () => {
    const before = snapshot(join(root, 'content'));
    const again = runImport(root, [fixture('clean-2023-05.txt')], options());
    expect(again.ok).toBe(false);
    expect(again.imports[0]!.findings).toContainEqual(
      expect.objectContaining({ rule: 'issue.exists', severity: 'error', message: '2023年第5期已在档案中（content/issues/2023/5），不会重复导入' }),
    );
    expect(again.written).toEqual([]);
    expect(snapshot(join(root, 'content'))).toEqual(before);
  });
});

describe('refusals', () => {
  it('refuses the same issue from two files of one run, writing nothing', () => {
    const root = freshRoot();
    const before = snapshot(join(root, 'content'));
    const r = runImport(root, [fixture('clean-2023-05.txt'), fixture('clean-2023-05.txt')], options());
    expect(r.ok).toBe(false);
    expect(r.imports[1]!.findings).toContainEqual(expect.objectContaining({ rule: 'issue.duplicate-input' }));
    expect(snapshot(join(root, 'content'))).toEqual(before);
  });

  it('says clearly that a meeting notice is not a bulletin, and nothing else', () => {
    const root = freshRoot();
    const r = runImport(root, [fixture('not-a-bulletin.txt')], options());
    expect(r.ok).toBe(false);
    expect(r.imports[0]!.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'bulletin.no-masthead',
        message: `${fixture('not-a-bulletin.txt')} 不是一期《代表工作》：开头 12 行中既没有刊名“代表工作”，也没有“第 N 期”，也没有可识别的“地区：标题”文章`,
      }),
    ]);
    expect(r.imports[0]!.repairs).toEqual([]);
    // Even with --partial and an issue number there is nothing to import.
    const partial = runImport(root, [fixture('not-a-bulletin.txt')], options({ partial: true, issue: { year: 2023, number: 9 }, date: '2023-05-01' }));
    expect(partial.imports[0]!.findings.map((f) => f.rule)).toEqual(['bulletin.no-articles']);
    expect(partial.written).toEqual([]);
  });

  it('refuses an import the content checks would reject (a date before the previous issue), writing nothing', () => {
    const root = freshRoot();
    const text = readFileSync(fixture('clean-2023-05.txt'), 'utf8').replace('第 5 期（总第 263 期）', '第 3 期').replace('2023 年 3 月 8 日', '2025 年 1 月 15 日');
    writeFileSync(join(root, 'early.txt'), text);
    const before = snapshot(join(root, 'content'));
    const r = runImport(root, ['early.txt'], options());
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ rule: 'issue.date-order', file: 'content/issues/2025/3/index.md' }));
    expect(formatRunReport(r, false)).toContain('未写入任何文件');
    expect(snapshot(join(root, 'content'))).toEqual(before);
  });
});

describe('--partial', () => {
  it('without a masthead: refused, with the way to import the articles', () => {
    const root = freshRoot();
    const r = runImport(root, [fixture('partial-2023-08.txt')], options());
    expect(r.imports[0]!.findings).toEqual([
      expect.objectContaining({ rule: 'bulletin.no-masthead', message: expect.stringContaining('（其中可识别出 1 篇文章）'), fix: expect.stringContaining('--partial --issue') }),
    ]);
    const noIssue = runImport(root, [fixture('partial-2023-08.txt')], options({ partial: true }));
    expect(noIssue.imports[0]!.findings).toContainEqual(expect.objectContaining({ rule: 'bulletin.issue-unknown', fix: expect.stringContaining('--issue 2023/8 --date 2023-05-10') }));
    expect(noIssue.written).toEqual([]);
  });

  it('with --issue and --date: imports the recognised article, keeps the other’s text in it, marked', () => {
    const root = freshRoot();
    const r = runImport(root, [fixture('partial-2023-08.txt')], options({ partial: true, issue: { year: 2023, number: 8 }, date: '2023-04-18' }));
    expect(r.ok).toBe(true);
    expect(r.written).toEqual(['content/issues/2023/8/index.md', 'content/issues/2023/8/hebi-shancheng.md']);
    const findings = r.imports[0]!.findings.map((f) => `${f.severity} ${f.line} ${f.rule}`).sort();
    expect(findings).toEqual(['warning 0 distribution.missing', 'warning 9 article.unrecognised', 'warning 9 text.unplaced']);
    const body = readFileSync(join(root, 'content/issues/2023/8/hebi-shancheng.md'), 'utf8');
    expect(body).toMatch(/【导入待核：以下文字未能归位（原文第9–13行，所属文章无法识别）[^\n]*】\n\n新城县：把代表小组建在产业链上\n\n新城县人大常委会按照产业相近[^\n]*调研。\n\n（新城县人大常委会供稿）\n$/);
    // Until the editor has reviewed the marked text, the check refuses it; once the mark is gone, it passes.
    expect(loadArchive(root).diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['article.import-mark']);
    writeFileSync(join(root, 'content/issues/2023/8/hebi-shancheng.md'), body.replace(/【导入待核：[^\n]*】\n\n/, ''));
    expect(loadArchive(root).errorCount).toBe(0);
  });
});

describe('the command line', () => {
  const run = (root: string, args: string[]) => spawnSync(process.execPath, [join(PROJECT, 'scripts', 'import.ts'), ...args], { cwd: root, encoding: 'utf8' });

  it('prints the report and exits 0 on success, 1 on refusal, 2 on a usage mistake', () => {
    const root = freshRoot();
    const dry = run(root, [fixture('clean-2023-05.txt'), '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('演练（--dry-run）：未写入文件；将写入 4 个文件');
    expect(snapshot(join(root, 'content'))).not.toHaveProperty('issues/2023/5/index.md');

    const ok = run(root, [fixture('clean-2023-05.txt')]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('已写入 4 个文件。');

    const refused = run(root, [fixture('not-a-bulletin.txt')]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('不是一期《代表工作》');
    expect(refused.stdout).toContain('未写入任何文件：发现 1 个错误。');

    const usage = run(root, ['--issue', '2023/8', fixture('partial-2023-08.txt')]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--issue 与 --date 要一起给出');
  });
});
