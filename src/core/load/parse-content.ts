/**
 * First pass: every file on its own. Classifies the files of the content
 * tree, parses YAML and frontmatter, and validates each against its schema.
 * Cross-entry rules come later (../rules), on what parsed.
 */
import type { z } from '../zod.ts';
import { DiagnosticBag } from '../diagnostics.ts';
import {
  articleSchema,
  distributionSchema,
  issueSchema,
  metricsSchema,
  publicationSchema,
  regionsSchema,
  seriesSchema,
  topicsSchema,
  type ArticleFrontmatter,
  type DistributionList,
  type IssueFrontmatter,
  type MetricsFile,
  type Publication,
  type RegionsFile,
  type SeriesFile,
  type TopicsFile,
} from '../schemas/index.ts';
import { closest } from '../text/closest.ts';
import { ARTICLE_HINTS, DISTRIBUTION_HINTS, ISSUE_HINTS, PUBLICATION_HINTS, VOCABULARY_HINTS } from './hints.ts';
import { parseMarkdownSource, normalizeNewlines } from './markdown-source.ts';
import type { ContentTree, SourceFile } from './read-tree.ts';
import type { IssueId } from '../numbering.ts';
import { parseYamlSource, type YamlCache, type YamlSource } from './yaml-source.ts';
import { reportSchemaIssues, type FieldHints } from './zod-issues.ts';

export interface Parsed<T> {
  file: string;
  data: T;
  source: YamlSource;
}

export interface ParsedIssue {
  file: string;
  /** `content/issues/2025/24` */
  folder: string;
  year: number;
  number: number;
  /** The whole frontmatter, when every field is valid. */
  data: IssueFrontmatter | undefined;
  /** The fields that are valid on their own, so that one bad field does not hide mistakes in the others. */
  fields: Partial<IssueFrontmatter>;
  source: YamlSource | undefined;
  body: string;
  bodyStartLine: number;
}

export interface ParsedArticle {
  file: string;
  folder: string;
  /** File name without extension. */
  fileSlug: string;
  data: ArticleFrontmatter | undefined;
  fields: Partial<ArticleFrontmatter>;
  source: YamlSource | undefined;
  body: string;
  bodyStartLine: number;
}

export interface ParsedContent {
  /** Project root the paths are relative to. */
  root: string;
  dir: string;
  /** Every file's text, for checks that read raw characters. */
  files: SourceFile[];
  publication?: Parsed<Publication>;
  regions?: Parsed<RegionsFile>;
  metrics?: Parsed<MetricsFile>;
  topics?: Parsed<TopicsFile>;
  series?: Parsed<SeriesFile>;
  distributions: Map<string, Parsed<DistributionList>>;
  issues: ParsedIssue[];
  articles: ParsedArticle[];
  /** Issue folders (`content/issues/2025/24`) found, with or without files. */
  issueFolders: string[];
  /** Only this issue's articles were read (see readContentTree). */
  onlyArticlesOf?: IssueId;
}

interface DataFileSpec {
  name: string;
  schema: z.core.$ZodType;
  hints: FieldHints;
  required: boolean;
  what: string;
}

const DATA_FILES: Record<'publication' | 'regions' | 'metrics' | 'topics' | 'series', DataFileSpec> = {
  publication: { name: 'publication.yaml', schema: publicationSchema, hints: PUBLICATION_HINTS, required: true, what: '刊物设置' },
  regions: { name: 'regions.yaml', schema: regionsSchema, hints: VOCABULARY_HINTS, required: true, what: '行政区划表' },
  metrics: { name: 'metrics.yaml', schema: metricsSchema, hints: VOCABULARY_HINTS, required: true, what: '指标词表' },
  topics: { name: 'topics.yaml', schema: topicsSchema, hints: VOCABULARY_HINTS, required: true, what: '主题词表' },
  series: { name: 'series.yaml', schema: seriesSchema, hints: VOCABULARY_HINTS, required: false, what: '专辑表' },
};

const KNOWN_TOP_LEVEL = ['issues', 'distribution', ...Object.values(DATA_FILES).map((s) => s.name)];

export function parseContent(tree: ContentTree, bag: DiagnosticBag, yamlCache?: YamlCache): ParsedContent {
  const dir = tree.dir;
  const out: ParsedContent = {
    root: tree.root,
    dir,
    files: tree.files,
    distributions: new Map(),
    issues: [],
    articles: [],
    issueFolders: [],
    ...(tree.onlyArticlesOf ? { onlyArticlesOf: tree.onlyArticlesOf } : {}),
  };
  const byPath = new Map(tree.files.map((f) => [f.path, f]));

  for (const [key, spec] of Object.entries(DATA_FILES) as [keyof typeof DATA_FILES, DataFileSpec][]) {
    const path = `${dir}/${spec.name}`;
    const file = byPath.get(path);
    if (!file) {
      if (spec.required) {
        bag.add({ file: path, line: 0, field: '(文件)', message: `缺少${spec.what}文件`, fix: `新建 ${path}`, rule: 'tree.missing-file' });
      }
      continue;
    }
    const parsed = parseDataFile(file, spec.schema, spec.hints, bag, yamlCache);
    // The assignment is safe: each key's spec carries that key's schema.
    if (parsed) (out as unknown as Record<string, unknown>)[key] = parsed;
  }

  checkTopLevel(tree, bag);
  if (!tree.folders.includes(`${dir}/issues`)) {
    bag.add({
      file: `${dir}/issues`,
      line: 0,
      field: '(文件夹)',
      message: '没有找到期刊文件夹 issues',
      fix: `新建 ${dir}/issues/<年>/<期号>/index.md；若文件夹名拼错了，请改为 issues`,
      rule: 'tree.missing-issues',
    });
  }

  for (const path of tree.otherFiles) reportOtherFile(path, dir, bag);
  for (const file of tree.files) {
    if (file.path.startsWith(`${dir}/distribution/`)) parseDistributionFile(file, out, bag, yamlCache);
    else if (file.path.startsWith(`${dir}/issues/`)) parseIssueTreeFile(file, out, bag, yamlCache);
  }
  out.issueFolders = tree.folders.filter((f) => f.startsWith(`${dir}/issues/`) && f.split('/').length === dir.split('/').length + 3);
  return out;
}

/** Images may sit beside articles (the print edition will use them); any other file would be ignored, so it is reported. */
const ASSET = /\.(png|jpe?g|gif|webp|svg)$/i;

function reportOtherFile(path: string, dir: string, bag: DiagnosticBag): void {
  if (ASSET.test(path) && path.startsWith(`${dir}/issues/`)) return;
  if (path.split('/').length === dir.split('/').length + 1) return; // top level: checkTopLevel reports it
  bag.add({
    file: path,
    line: 0,
    field: '(文件名)',
    message: '无法识别的文件：既不是稿件（.md）也不是数据（.yaml），不会被发布',
    fix: '稿件请改为 .md 文件（Word 文档需先转成 Markdown）；无关文件请移出 content/',
    rule: 'tree.bad-extension',
  });
}

function checkTopLevel(tree: ContentTree, bag: DiagnosticBag): void {
  const depth = tree.dir.split('/').length + 1;
  const entries = [
    ...tree.folders.filter((f) => f.split('/').length === depth),
    ...[...tree.files.map((f) => f.path), ...tree.otherFiles].filter((p) => p.split('/').length === depth),
  ];
  for (const entry of entries) {
    const name = entry.split('/').pop()!;
    if (KNOWN_TOP_LEVEL.includes(name)) continue;
    const guess = closest(name, KNOWN_TOP_LEVEL);
    bag.add({
      file: entry,
      line: 0,
      field: '(文件)',
      message: `无法识别的${name.includes('.') ? '文件' : '文件夹'}“${name}”`,
      fix: guess ? `是否应为“${guess}”？请改名` : `移出 ${tree.dir}/，或改为 ${KNOWN_TOP_LEVEL.join('、')} 之一`,
      rule: 'tree.unknown-entry',
    });
  }
}

function parseDataFile<T>(
  file: SourceFile,
  schema: z.core.$ZodType,
  hints: FieldHints,
  bag: DiagnosticBag,
  yamlCache: YamlCache | undefined,
): Parsed<T> | undefined {
  const source = parseYamlSource(normalizeNewlines(file.text), yamlCache);
  if (!reportYamlErrors(file.path, source, bag)) return undefined;
  return validate<T>(file.path, source, source.data, schema, hints, bag);
}

function reportYamlErrors(file: string, source: YamlSource, bag: DiagnosticBag): boolean {
  for (const e of source.errors) {
    bag.add({ file, line: e.line, column: e.column, field: '(YAML)', message: e.message, fix: '检查本行及上一行的冒号、缩进和引号', rule: 'yaml.syntax' });
  }
  return source.errors.length === 0;
}

function validate<T>(file: string, source: YamlSource, data: unknown, schema: z.core.$ZodType, hints: FieldHints, bag: DiagnosticBag): Parsed<T> | undefined {
  // `safeParse` lives on the public schema object; the core type only promises `_zod`.
  const result = (schema as unknown as z.ZodType).safeParse(data ?? {});
  if (!result.success) {
    reportSchemaIssues(result.error.issues, { file, source, schema, hints, bag });
    return undefined;
  }
  return { file, data: result.data as T, source };
}

/** Each field of an object schema parsed on its own: what is valid, even when the whole is not. */
function validFields<T>(schema: z.ZodObject, data: unknown): Partial<T> {
  const out: Record<string, unknown> = {};
  if (!data || typeof data !== 'object') return out as Partial<T>;
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    const r = (fieldSchema as z.ZodType).safeParse((data as Record<string, unknown>)[key]);
    if (r.success && r.data !== undefined) out[key] = r.data;
  }
  return out as Partial<T>;
}

function parseDistributionFile(file: SourceFile, out: ParsedContent, bag: DiagnosticBag, yamlCache: YamlCache | undefined): void {
  const name = file.path.slice(`${out.dir}/distribution/`.length);
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.ya?ml$/.exec(name);
  if (!m) {
    bag.add({ file: file.path, line: 0, field: '(文件名)', message: `分送名单文件名“${name}”不合规`, fix: '文件名用小写英文、数字和连字符，扩展名 .yaml，如 standard.yaml', rule: 'tree.bad-name' });
    return;
  }
  const parsed = parseDataFile<DistributionList>(file, distributionSchema, DISTRIBUTION_HINTS, bag, yamlCache);
  if (parsed) out.distributions.set(m[1]!, parsed);
}

function parseIssueTreeFile(file: SourceFile, out: ParsedContent, bag: DiagnosticBag, yamlCache: YamlCache | undefined): void {
  const rel = file.path.slice(`${out.dir}/issues/`.length).split('/');
  if (rel.length !== 3) {
    bag.add({
      file: file.path,
      line: 0,
      field: '(位置)',
      message: '文件不在“issues/<年>/<期号>/”文件夹中，无法归入某一期',
      fix: `移到 ${out.dir}/issues/<年>/<期号>/ 下`,
      rule: 'tree.misplaced-file',
    });
    return;
  }
  if (!rel[2]!.endsWith('.md')) {
    bag.add({
      file: file.path,
      line: 0,
      field: '(文件名)',
      message: '期文件夹中的稿件只能是 .md 文件',
      fix: '改用 .md 扩展名，或把这个文件移出 issues/',
      rule: 'tree.bad-extension',
    });
    return;
  }
  const [yearText, numberText, name] = rel as [string, string, string];
  const folder = `${out.dir}/issues/${yearText}/${numberText}`;
  if (!/^\d{4}$/.test(yearText)) {
    bag.add({ file: `${out.dir}/issues/${yearText}`, line: 0, field: '(年份)', message: `年份文件夹“${yearText}”不是四位数年份`, fix: '改为四位数年份，如 2025', rule: 'tree.bad-year' });
    return;
  }
  if (!/^\d+$/.test(numberText) || Number(numberText) === 0) {
    bag.add({ file: folder, line: 0, field: '(期号)', message: `期号文件夹“${numberText}”不是正整数`, fix: '文件夹名只写期号数字，如 24', rule: 'tree.bad-number' });
    return;
  }
  if (numberText.startsWith('0')) {
    bag.add({ file: folder, line: 0, field: '(期号)', message: `期号文件夹“${numberText}”带有前导零`, fix: `改名为 ${Number(numberText)}`, rule: 'tree.leading-zero' });
  }
  const md = parseMarkdownSource(file.text, yamlCache);
  const isIndex = name === 'index.md';
  if (!md.frontmatter) {
    bag.add({
      file: file.path,
      line: 1,
      field: '(frontmatter)',
      message: '文件开头缺少用 --- 包围的 frontmatter',
      fix: isIndex ? '在文件开头加上 ---、date: 2025-06-16、--- 三行' : '在文件开头加上 --- 包围的 title、region、committee、order 等字段',
      rule: 'markdown.no-frontmatter',
    });
  }
  const source = md.frontmatter;
  const okYaml = source ? reportYamlErrors(file.path, source, bag) : false;
  const common = { file: file.path, folder, source, body: md.body, bodyStartLine: md.bodyStartLine };
  const raw = okYaml ? source?.data : undefined;
  if (isIndex) {
    const parsed = okYaml && source ? validate<IssueFrontmatter>(file.path, source, raw, issueSchema, ISSUE_HINTS, bag) : undefined;
    const fields = parsed?.data ?? validFields<IssueFrontmatter>(issueSchema, raw);
    out.issues.push({ ...common, year: Number(yearText), number: Number(numberText), data: parsed?.data, fields });
  } else {
    const parsed = okYaml && source ? validate<ArticleFrontmatter>(file.path, source, raw, articleSchema, ARTICLE_HINTS, bag) : undefined;
    const fields = parsed?.data ?? validFields<ArticleFrontmatter>(articleSchema, raw);
    out.articles.push({ ...common, fileSlug: name.replace(/\.md$/, ''), data: parsed?.data, fields });
  }
}
