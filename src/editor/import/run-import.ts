/**
 * An import run: every input file imported against the same content, the
 * issues refused when they exist already (or twice in the run), the result
 * checked as `npm run check` would check it — and only then written, all
 * files or none.
 */
import { readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { Series } from '../../core/model.ts';
import { FileExistsError, writeNewFiles, type NewFile } from '../content-files.ts';
import { checkWith, loadImportContext, newDiagnostics, type ImportContext } from './content-context.ts';
import { importBulletin, type BulletinImport, type RunScope } from './import-bulletin.ts';
import { seriesYamlWith } from './match-series.ts';
import type { Finding } from './types.ts';

export interface RunOptions {
  /** Content folder relative to root. */
  contentDir: string;
  partial: boolean;
  dryRun: boolean;
  issue?: { year: number; number: number };
  date?: string;
}

export interface RunResult {
  imports: BulletinImport[];
  /** Problems of the run as a whole (unreadable content, options). */
  findings: Finding[];
  /** What `npm run check` would newly report after the import. */
  diagnostics: Diagnostic[];
  addedSeries: Series[];
  /** Files written (none on error or with --dry-run), relative to root. */
  written: string[];
  /** Files that would be written or changed. */
  planned: string[];
  ok: boolean;
}

const hasErrors = (findings: readonly Finding[]) => findings.some((f) => f.severity === 'error');

export function runImport(root: string, inputs: readonly string[], options: RunOptions): RunResult {
  const result: RunResult = { imports: [], findings: [], diagnostics: [], addedSeries: [], written: [], planned: [], ok: false };
  const fail = (message: string, fix?: string) => {
    result.findings.push({ line: 0, severity: 'error', rule: 'run.error', message, ...(fix ? { fix } : {}) });
    return result;
  };
  if (inputs.length === 0) return fail('没有指定要导入的文件', 'npm run import -- <文件.txt> [...]');
  if ((options.issue || options.date) && inputs.length > 1) return fail('--issue 与 --date 只能用于一个输入文件', '每次只导入这一个文件');

  const ctx = loadImportContext(root, options.contentDir);
  if ('error' in ctx) return fail(ctx.error, ctx.diagnostics.length ? '先运行 npm run check，改正其中的错误' : undefined);

  const scope: RunScope = { ctx, lists: new Map(ctx.distributions), series: [...ctx.archive.series] };
  const seen = new Map<string, string>();
  for (const input of inputs) {
    let text: string;
    try {
      text = readFileSync(resolve(root, input), 'utf8');
    } catch {
      fail(`无法读取文件“${input}”`, '检查文件路径');
      continue;
    }
    const imported = importBulletin(text, { source: input, partial: options.partial, ...pick(options) }, scope);
    result.imports.push(imported);
    if (imported.issue) refuseDuplicate(imported, ctx, seen);
  }
  if (hasErrors(result.findings) || result.imports.some((i) => hasErrors(i.findings))) return result;

  result.addedSeries = scope.series.slice(ctx.archive.series.length);
  const files = result.imports.flatMap((i) => i.plan?.files ?? []);
  const seriesFile = seriesChange(ctx, result);
  result.planned = [...files, ...(seriesFile ? [seriesFile] : [])].map((f) => f.path);

  const checked = checkWith(ctx, seriesFile ? [...files, seriesFile] : files);
  result.diagnostics = newDiagnostics(ctx, checked.diagnostics);
  if (result.diagnostics.some((d) => d.severity === 'error')) return result;
  compareRunningTotals(result, checked.archive?.issues ?? []);

  if (!options.dryRun) write(root, files, seriesFile, ctx, result);
  result.ok = !hasErrors(result.findings);
  return result;
}

function pick(options: RunOptions): { issue?: { year: number; number: number }; date?: string } {
  return { ...(options.issue ? { issue: options.issue } : {}), ...(options.date ? { date: options.date } : {}) };
}

/** An issue already in the content, or given by two files of this run, is refused with the folder it would overwrite. */
function refuseDuplicate(imported: BulletinImport, ctx: ImportContext, seen: Map<string, string>): void {
  const { year, number } = imported.issue!;
  const key = `${year}/${number}`;
  const folder = `${ctx.dir}/issues/${year}/${number}`;
  const existing = ctx.archive.issues.find((i) => i.key === key);
  const folderExists = ctx.tree.folders.some((f) => f === folder || f.replace(/\/0+(\d)/g, '/$1') === folder);
  if (existing || folderExists) {
    imported.findings.push({
      line: 0,
      severity: 'error',
      rule: 'issue.exists',
      message: `${year}年第${number}期已在档案中（${existing ? existing.file.replace(/\/index\.md$/, '') : folder}），不会重复导入`,
      fix: '如确需重新导入，先删除或移走该期文件夹',
    });
  }
  const other = seen.get(key);
  if (other) {
    imported.findings.push({
      line: 0,
      severity: 'error',
      rule: 'issue.duplicate-input',
      message: `${imported.source} 与 ${other} 都是 ${year}年第${number}期，同一期不能导入两次`,
      fix: '只保留其中一个文件，或核对报头的期号',
    });
  } else seen.set(key, imported.source);
}

/** series.yaml with the series this run adds, or nothing when it adds none. */
function seriesChange(ctx: ImportContext, result: RunResult): NewFile | undefined {
  if (result.addedSeries.length === 0) return undefined;
  const path = `${ctx.dir}/series.yaml`;
  const current = ctx.tree.files.find((f) => f.path === path)?.text;
  const by = new Map(result.imports.filter((i) => i.series?.choice.kind === 'new').map((i) => [i.series!.choice.series.id, i]));
  const note = (s: Series) => {
    const i = by.get(s.id);
    return `由 npm run import 导入 ${i?.issue?.year}年第${i?.issue?.number}期（${i?.source}）时新增；id 由拼音生成，可改为更好记的英文，同时改各期 index.md 的 series.id`;
  };
  return { path, content: seriesYamlWith(current, result.addedSeries, note) };
}

/** 总第 M 期 printed in the masthead against the total the archive computes from publication.yaml's anchors. */
function compareRunningTotals(result: RunResult, issues: readonly { key: string; runningTotal: number | undefined }[]): void {
  for (const imported of result.imports) {
    const printed = imported.issue?.printedTotal;
    if (!printed) continue;
    const key = `${imported.issue!.year}/${imported.issue!.number}`;
    const computed = issues.find((i) => i.key === key)?.runningTotal;
    if (computed === printed) continue;
    imported.findings.push({
      line: 0,
      severity: 'warning',
      rule: 'masthead.running-total',
      message:
        computed === undefined
          ? `报头印有“总第 ${printed} 期”，档案现有的总期数锚点算不到这一期，网页上不会显示总期数`
          : `报头印有“总第 ${printed} 期”，而按 publication.yaml 的锚点算得总第 ${computed} 期`,
      fix: computed === undefined ? `在 publication.yaml 的 numbering.runningTotal 中加一项 anchor: ${key}, total: ${printed}` : '核对 publication.yaml 的 numbering.runningTotal 锚点或报头',
    });
  }
}

function write(root: string, files: NewFile[], seriesFile: NewFile | undefined, ctx: ImportContext, result: RunResult): void {
  const seriesExists = seriesFile !== undefined && ctx.tree.files.some((f) => f.path === seriesFile.path);
  const created = seriesFile && !seriesExists ? [...files, seriesFile] : files;
  try {
    result.written = writeNewFiles(root, created);
  } catch (error) {
    const message = error instanceof FileExistsError ? `${error.message}（导入期间有人新建了这些文件）` : `写入失败：${String(error)}`;
    result.findings.push({ line: 0, severity: 'error', rule: 'run.write', message, fix: '未写入任何文件；核对后重新导入' });
    return;
  }
  if (!seriesFile || !seriesExists) return;
  try {
    writeFileSync(resolve(root, seriesFile.path), seriesFile.content);
    result.written.push(seriesFile.path);
  } catch (error) {
    // Without the series the new issues would not load: take them back, and the folders made for them.
    for (const path of result.written) rmSync(resolve(root, path), { force: true });
    for (const folder of new Set(result.written.map((p) => dirname(resolve(root, p))))) removeIfEmpty(folder);
    result.written = [];
    result.findings.push({ line: 0, severity: 'error', rule: 'run.write', message: `写入 ${seriesFile.path} 失败：${String(error)}`, fix: '未写入任何文件；检查文件权限后重新导入' });
  }
}

function removeIfEmpty(folder: string): void {
  try {
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  } catch {
    // Already gone, or not ours to remove.
  }
}
