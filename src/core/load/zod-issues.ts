/**
 * Turns zod issues into diagnostics an editor can act on: Chinese message,
 * the line of the field, and a concrete fix.
 */
import type { z } from '../zod.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import type { YamlSource } from './yaml-source.ts';
import { closest } from '../text/closest.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/** Fix texts per field name (last non-numeric path segment). */
export type FieldHints = Record<string, string>;

export interface SchemaReportTarget {
  file: string;
  source: YamlSource;
  schema: Schema;
  hints: FieldHints;
  bag: DiagnosticBag;
}

export function reportSchemaIssues(issues: readonly Issue[], t: SchemaReportTarget): void {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeysAt(t.schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const guess = closest(key, known);
        t.bag.add({
          file: t.file,
          line: t.source.keyLineOf(path),
          field: fieldName(path),
          message: `未知字段“${key}”`,
          fix: guess ? `是否应为“${guess}”？可用字段：${known.join('、')}` : `删除该字段；可用字段：${known.join('、')}`,
          rule: 'schema.unknown-field',
        });
      }
      continue;
    }
    const field = fieldName(issue.path);
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    t.bag.add({
      file: t.file,
      line: missing ? t.source.lineOf(issue.path.slice(0, -1)) : t.source.lineOf(issue.path),
      field,
      message: missing ? `缺少必填字段“${field}”` : describe(issue),
      fix: hintFor(issue.path, t.hints) ?? '按说明改正该字段的取值',
      rule: missing ? 'schema.missing-field' : 'schema.invalid',
    });
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(整个文件)';
}

function hintFor(path: readonly PropertyKey[], hints: FieldHints): string | undefined {
  const names = path.filter((p): p is string => typeof p === 'string');
  for (let i = names.length; i > 0; i--) {
    const hint = hints[names.slice(0, i).join('.')] ?? hints[names[i - 1]!];
    if (hint) return hint;
  }
  return undefined;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否（true 或 false）',
  array: '列表',
  object: '字段组',
  date: '日期',
};

function typeOf(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return TYPE_NAMES.array!;
  if (input instanceof Date) return TYPE_NAMES.date!;
  return TYPE_NAMES[typeof input] ?? typeof input;
}

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际是${typeOf(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'number') return issue.minimum === 0 && !issue.inclusive ? '应为正整数' : `不能小于 ${issue.minimum}`;
      if (issue.origin === 'array') return `至少要有 ${issue.minimum} 项`;
      return '不能为空';
    case 'too_big':
      return `不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `应为 ${issue.values.map(String).join('、')} 之一`;
    case 'invalid_format':
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '格式不正确';
    case 'not_multiple_of':
      return '应为整数';
    case 'invalid_union':
      return unionMessage(issue);
    default:
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `取值无效（${issue.message}）`;
  }
}

/** For a union, the most specific branch says the most: prefer a Chinese custom message, then an integer hint. */
function unionMessage(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  const inner = issue.errors.flat();
  const chinese = inner.find((i) => /[\u4e00-\u9fff]/.test(i.message));
  if (chinese) return chinese.message;
  if (inner.some((i) => i.code === 'invalid_type' && i.expected === 'int')) return '应为整数';
  if (inner.some((i) => i.code === 'too_small')) return '应为正整数';
  return `取值无效：实际是${typeOf(issue.input)}`;
}

/** Keys the object schema at `path` accepts, for “did you mean” suggestions. */
function objectKeysAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  let node: Schema | undefined = unwrap(schema);
  for (const segment of path) {
    if (!node) return [];
    const def = node._zod.def as unknown as { type: string; shape?: Record<string, Schema>; element?: Schema; valueType?: Schema };
    if (def.type === 'object' && def.shape) node = unwrap(def.shape[String(segment)]);
    else if (def.type === 'array') node = unwrap(def.element);
    else if (def.type === 'record') node = unwrap(def.valueType);
    else return [];
  }
  const shape = (node?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: Schema | undefined): Schema | undefined {
  let node = schema;
  for (let i = 0; node && i < 10; i++) {
    const def = node._zod.def as unknown as { type: string; innerType?: Schema; in?: Schema };
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in) node = def.in;
    else break;
  }
  return node;
}
