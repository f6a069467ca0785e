/**
 * YAML with positions. zod tells us *which* field is wrong; this module tells
 * the editor *where* it is, by mapping a field path back to its line.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type FieldPath = readonly PropertyKey[];

export interface YamlSyntaxError {
  line: number;
  column: number;
  message: string;
}

export interface YamlSource {
  data: unknown;
  errors: YamlSyntaxError[];
  /** Line (1-based, within this YAML text) of the value at `path`, or of its nearest present ancestor. */
  lineOf(path: FieldPath): number;
  /** Line of the key itself at `path` (falls back to lineOf). */
  keyLineOf(path: FieldPath): number;
}

/** Parsed YAML kept by exact text, between runs of a command line (yaml-cache.ts). */
export interface YamlCache {
  /** The data of this very text, parsed before without errors (a copy of its own); undefined if not kept. */
  get(text: string): { data: unknown } | undefined;
  set(text: string, data: unknown): void;
}

/**
 * Parses `text`, or takes its data from `cache`. Positions are worked out
 * from the text only when a diagnostic asks for a line: a clean file read
 * from the cache is never parsed at all.
 */
export function parseYamlSource(text: string, cache?: YamlCache): YamlSource {
  const kept = cache?.get(text);
  if (kept) return withLazyPositions(text, kept.data);
  const parsed = parseYamlDocument(text);
  if (cache && parsed.errors.length === 0) cache.set(text, parsed.data);
  return parsed;
}

function withLazyPositions(text: string, data: unknown): YamlSource {
  let parsed: YamlSource | undefined;
  const positions = () => (parsed ??= parseYamlDocument(text));
  return { data, errors: [], lineOf: (path) => positions().lineOf(path), keyLineOf: (path) => positions().keyLineOf(path) };
}

function parseYamlDocument(text: string): YamlSource {
  const lineCounter = new LineCounter();
  // YAML 1.1 would turn `no` into false and `2024-04-12` into a Date;
  // the 1.2 core schema keeps dates as strings, which the schemas expect.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    // The parser notices an unclosed quote only where the text ends; point at the line that opened it.
    const opened = /quote/i.test(e.message) ? unclosedQuoteLine(text) : undefined;
    return { line: opened ?? pos.line, column: opened ? 1 : pos.col, message: translateYamlError(e.code, e.message) };
  });
  const data = errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });
  const line = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  return {
    data,
    errors,
    lineOf: (path) => line(locate(doc, path).value),
    keyLineOf: (path) => {
      const found = locate(doc, path);
      return line(found.key ?? found.value);
    },
  };
}

/** First line with an odd number of double (or single) quotes, or undefined. */
function unclosedQuoteLine(text: string): number | undefined {
  const lines = text.split('\n');
  for (const quote of ['"', "'"]) {
    const index = lines.findIndex((l) => (l.replace(/\\./g, '').split(quote).length - 1) % 2 === 1);
    if (index >= 0) return index + 1;
  }
  return undefined;
}

function locate(doc: Document, path: FieldPath): { value?: number; key?: number } {
  let node: Node | null | undefined = doc.contents as Node | null;
  let found: { value?: number; key?: number } = { value: node?.range?.[0] };
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      found = { key: keyNode.range?.[0], value: valueNode?.range?.[0] ?? keyNode.range?.[0] };
      node = valueNode;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      found = { value: item.range?.[0] };
      node = item;
    } else {
      break;
    }
  }
  return found;
}

/** The `yaml` package's messages are English; editors get a Chinese one with the original kept for reference. */
function translateYamlError(code: string, original: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: '同一个字段写了两次',
    BAD_INDENT: '缩进不正确',
    MISSING_CHAR: '缺少必要的符号（如冒号或引号）',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行，可能是上一行缺少冒号或引号未闭合',
    UNEXPECTED_TOKEN: '出现了意外的符号',
    BLOCK_AS_IMPLICIT_KEY: '字段写法不正确，可能缺少冒号',
    TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
    BAD_SCALAR_START: '值不能以这个符号开头，请给值加引号',
  };
  const firstLine = original.split('\n')[0] ?? original;
  return `YAML 语法错误：${known[code] ?? '无法解析'}（${firstLine}）`;
}
