/**
 * Writing content files for editors' tools (new-issue, new-article, import):
 * frontmatter in the same shape a person would write, and files created all
 * together or not at all — an existing file is never overwritten.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { stringify } from 'yaml';

export interface IssueFields {
  /** ISO date, 2025-06-16. */
  date: string;
  series?: { id: string; part: number };
  distribution?: string;
  copies?: number | false;
}

export interface ArticleFields {
  title: string;
  /** Region name as editors write it (西峡县, 开封市龙亭区). */
  region: string;
  regionLabel?: string;
  committee: string;
  topics?: string[];
  metrics?: Record<string, number | string>;
  order: number;
}

/** One YAML scalar or flow list, quoted only where YAML needs it. */
function yamlValue(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
}

function frontmatter(lines: string[], body: string): string {
  const text = body.trim();
  return `---\n${lines.join('\n')}\n---\n${text ? `\n${text}\n` : ''}`;
}

export function issueMarkdown(fields: IssueFields, note = ''): string {
  const lines = [`date: ${fields.date}`];
  if (fields.series) lines.push('series:', `  id: ${fields.series.id}`, `  part: ${fields.series.part}`);
  if (fields.distribution) lines.push(`distribution: ${fields.distribution}`);
  if (fields.copies !== undefined) lines.push(`copies: ${fields.copies}`);
  return frontmatter(lines, note);
}

export function articleMarkdown(fields: ArticleFields, body: string): string {
  const lines = [`title: ${yamlValue(fields.title)}`, `region: ${yamlValue(fields.region)}`];
  if (fields.regionLabel) lines.push(`regionLabel: ${yamlValue(fields.regionLabel)}`);
  lines.push(`committee: ${yamlValue(fields.committee)}`);
  lines.push(`topics: ${yamlValue(fields.topics ?? [])}`);
  const metrics = Object.entries(fields.metrics ?? {});
  if (metrics.length > 0) lines.push('metrics:', ...metrics.map(([k, v]) => `  ${k}: ${yamlValue(v)}`));
  lines.push(`order: ${fields.order}`);
  return frontmatter(lines, body);
}

export interface NewFile {
  /** Path relative to the project root. */
  path: string;
  content: string;
}

export class FileExistsError extends Error {
  readonly paths: string[];
  constructor(paths: string[]) {
    super(`已存在，不会覆盖：${paths.join('、')}`);
    this.paths = paths;
  }
}

/**
 * Creates every file or none. Refuses when any already exists; if a write
 * fails half-way, the files already written are removed again.
 */
export function writeNewFiles(root: string, files: readonly NewFile[]): string[] {
  const existing = files.filter((f) => existsSync(resolve(root, f.path))).map((f) => f.path);
  if (existing.length > 0) throw new FileExistsError(existing);
  const written: string[] = [];
  try {
    for (const file of files) {
      const target = resolve(root, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content, { flag: 'wx' });
      written.push(target);
    }
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw error;
  }
  return written.map((p) => relative(root, p).split('\\').join('/'));
}
