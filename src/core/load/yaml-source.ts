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

/**
 * Where each field of a document is: for every path that leads to a node,
 * the line of its value and, for a map entry, of its key. Keyed by the path
 * with each step marked as a map key (`m`) or a sequence index (`s`).
 */
export type YamlPositions = Map<string, { value: number; key?: number }>;

/** Parsed YAML kept by exact text, between runs of a command line (yaml-cache.ts). */
export interface YamlCache {
  /** What this very text gave when parsed without errors (the data a copy of its own); undefined if not kept. */
  get(text: string): { data: unknown; positions: YamlPositions } | undefined;
  set(text: string, data: unknown, positions: YamlPositions): void;
}

/**
 * Parses `text`, or takes its data and field lines from `cache`: a clean
 * file read from the cache is not parsed at all.
 */
export function parseYamlSource(text: string, cache?: YamlCache): YamlSource {
  const kept = cache?.get(text);
  if (kept) return sourceOf(kept.data, [], () => kept.positions);
  const { data, errors, positions } = parseYamlDocument(text);
  if (cache && errors.length === 0) cache.set(text, data, positions());
  return sourceOf(data, errors, positions);
}

function sourceOf(data: unknown, errors: YamlSyntaxError[], positions: () => YamlPositions): YamlSource {
  return {
    data,
    errors,
    lineOf: (path) => find(positions(), path).value,
    keyLineOf: (path) => {
      const found = find(positions(), path);
      return found.key ?? found.value;
    },
  };
}

/** The node at `path`, or its nearest present ancestor (the document itself at worst). */
function find(positions: YamlPositions, path: FieldPath): { value: number; key?: number } {
  let key = '';
  let found = positions.get(key) ?? { value: 1 };
  for (const segment of path) {
    const inMap = `${key}\u0000m${String(segment)}`;
    const inSeq = typeof segment === 'number' ? `${key}\u0000s${segment}` : undefined;
    const next = positions.get(inMap) ?? (inSeq === undefined ? undefined : positions.get(inSeq));
    if (!next) break;
    key = positions.has(inMap) ? inMap : inSeq!;
    found = next;
  }
  return found;
}

function parseYamlDocument(text: string): { data: unknown; errors: YamlSyntaxError[]; positions: () => YamlPositions } {
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
  let positions: YamlPositions | undefined;
  // Worked out when a line is first asked for (or the parse is kept): most files never need one.
  return { data, errors, positions: () => (positions ??= positionsOf(doc, lineCounter)) };
}

function positionsOf(doc: Document, lineCounter: LineCounter): YamlPositions {
  const line = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const positions: YamlPositions = new Map();
  const walk = (node: Node | null | undefined, key: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        // Keys that are not plain values (a sequence as a key) are not fields.
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const keyNode = pair.key as Node;
        const valueNode = pair.value as Node | null;
        const child = `${key}\u0000m${String(pair.key.value)}`;
        // The first of two equal keys, which the parser reports.
        if (positions.has(child)) continue;
        positions.set(child, { value: line(valueNode?.range?.[0] ?? keyNode.range?.[0]), key: line(keyNode.range?.[0]) });
        walk(valueNode, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (!item) return;
        const child = `${key}\u0000s${i}`;
        positions.set(child, { value: line((item as Node).range?.[0]) });
        walk(item as Node, child);
      });
    }
  };
  const root = doc.contents as Node | null;
  positions.set('', { value: line(root?.range?.[0]) });
  walk(root, '');
  return positions;
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
