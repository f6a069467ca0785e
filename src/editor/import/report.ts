/**
 * The import report, in Chinese, for the editor who checks the import
 * against the print: what was written, every repair with its input line,
 * everything flagged, and suggestions that were deliberately not written.
 */
import { toChineseNumeral } from '../../core/chinese-numerals.ts';
import { formatDiagnostic } from '../../core/diagnostics.ts';
import { seriesPartLabel } from '../../core/numbering.ts';
import type { BulletinImport } from './import-bulletin.ts';
import type { RunResult } from './run-import.ts';
import type { Finding, Repair } from './types.ts';

/** `第 12 行  `, or nothing for what concerns the whole file. */
const at = (line: number) => (line > 0 ? `第 ${line} 行  ` : '');

export function formatFinding(f: Finding): string {
  const tag = f.severity === 'error' ? '[错误]' : '[警告]';
  return `${tag} ${at(f.line)}${f.message}${f.fix ? `（修改：${f.fix}）` : ''}`;
}

/** Repairs with the same message on one line are listed together (“（12 处）”), the first as example; excerpts in 「」, as they often hold quotes. */
export function formatRepairs(repairs: readonly Repair[]): string[] {
  const groups = new Map<string, Repair[]>();
  for (const r of [...repairs].sort((a, b) => a.line - b.line)) {
    const key = `${r.line}\u0000${r.message}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((rs) => {
    const r = rs[0]!;
    const count = rs.length > 1 ? `（${rs.length} 处）` : '';
    return `${at(r.line)}${r.message}${count}：「${r.before}」→「${r.after}」`;
  });
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? [title, ...lines.map((l) => `  ${l}`)] : [];
}

function issueSummary(i: BulletinImport): string[] {
  if (!i.issue || !i.plan) return [];
  const out: string[] = [];
  const index = i.plan.files[0]!;
  const facts = [
    i.series ? `专辑第${toChineseNumeral(i.series.part)}辑` : '',
    i.distribution ? `分送 ${i.distribution.id}` : '',
    i.distribution?.copies === false ? '不印份数' : i.distribution?.copies ? `共印 ${i.distribution.copies} 份` : '',
  ].filter(Boolean);
  out.push(`${index.path}${facts.length ? `（${facts.join('，')}）` : ''}`);
  for (const a of i.plan.articles) out.push(`${a.file}  ${a.displayTitle}（${a.committee}供稿）`);
  if (i.distribution?.created) out.push(`${i.plan.files.at(-1)!.path}  新建分送名单“${i.distribution.created.list.name}”：没有与原文送/发完全一致的已有名单`);
  return out;
}

function seriesLine(i: BulletinImport): string[] {
  const s = i.series;
  if (!s) return [];
  const what = `${s.choice.series.title}${seriesPartLabel(s.part)}`;
  return s.choice.kind === 'existing'
    ? [`专辑：${what} → ${s.choice.series.id}`]
    : [`专辑：${what} 不在 series.yaml 中，新增为 ${s.choice.series.id}（写入 series.yaml）`];
}

function suggestions(i: BulletinImport): string[] {
  const metrics = i.metrics.flatMap((m) => [
    m.file,
    ...m.suggestions.map(
      (s) =>
        `  ${at(s.line)}「${s.text}」→ ${
          s.key ? `${s.key}: ${s.value ?? '（约数，请判断）'}（${s.label}）` : `无对应指标（单位“${s.unit}”${s.value ? `，数值 ${s.value}` : ''}）`
        }`,
    ),
  ]);
  return [
    ...section('指标建议（只是建议，未写入 frontmatter；请核对后填写 metrics）：', metrics),
    ...section('主题建议（只是建议，未写入 frontmatter；topics 留空待填）：', i.topics.map((t) => `${t.file}：${t.labels.join('、')}`)),
    ...section('疑似“+”被导出为“十”（未修改，请对照原件）：', i.tens.map((t) => `${at(t.line)}「${t.context}」`)),
  ];
}

export function formatImport(i: BulletinImport): string {
  const title = i.issue ? `${i.source} → ${i.issue.year}年第${i.issue.number}期（${i.issue.date}）` : i.source;
  const errors = i.findings.filter((f) => f.severity === 'error');
  const warnings = i.findings.filter((f) => f.severity === 'warning');
  return [
    `== ${title}`,
    ...section('文件：', issueSummary(i)),
    ...seriesLine(i),
    ...section(`修复 ${i.repairs.length} 处（每处都请对照原件核对）：`, formatRepairs(i.repairs)),
    ...section('错误：', errors.map(formatFinding)),
    ...section('需要核对：', warnings.sort((a, b) => a.line - b.line).map(formatFinding)),
    ...suggestions(i),
  ].join('\n');
}

export function formatRunReport(result: RunResult, dryRun: boolean): string {
  const parts = result.imports.map(formatImport);
  if (result.findings.length) parts.push(['导入：', ...result.findings.map((f) => `  ${formatFinding(f)}`)].join('\n'));
  if (result.diagnostics.length) {
    parts.push(['导入后的内容校验（npm run check）新增的问题：', ...result.diagnostics.map((d) => `  ${formatDiagnostic(d)}`)].join('\n'));
  }
  const errors =
    result.findings.filter((f) => f.severity === 'error').length +
    result.imports.reduce((n, i) => n + i.findings.filter((f) => f.severity === 'error').length, 0) +
    result.diagnostics.filter((d) => d.severity === 'error').length;
  let summary: string;
  if (errors > 0) summary = `未写入任何文件：发现 ${errors} 个错误。`;
  else if (dryRun) summary = `演练（--dry-run）：未写入文件；将写入 ${result.planned.length} 个文件：${result.planned.join('、')}`;
  else summary = `已写入 ${result.written.length} 个文件。请运行 npm run check，并在网页预览中核对。`;
  return [...parts, summary].join('\n\n');
}
