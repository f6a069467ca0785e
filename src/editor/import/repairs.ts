/**
 * Line-level repairs of exported text. Each change is logged with its input
 * line, so the report can list every repair for the editor to check against
 * the print: nothing is changed silently.
 */
import { excerpt, isAsciiWord, isCjk, SPACE_RUN } from './characters.ts';
import type { Repair, RepairKind, SourceLine } from './types.ts';

export interface Repaired {
  line: SourceLine;
  repairs: Repair[];
}

interface Change {
  start: number;
  end: number;
  replacement: string;
  message: string;
}

/** Applies non-overlapping changes (in text order) and logs each one against the line. */
function apply(source: SourceLine, kind: RepairKind, changes: Change[]): Repaired {
  if (changes.length === 0) return { line: source, repairs: [] };
  let text = '';
  let at = 0;
  const repairs: Repair[] = [];
  for (const c of changes) {
    text += source.text.slice(at, c.start) + c.replacement;
    at = c.end;
    repairs.push({ line: source.line, kind, ...excerpt(source.text, c.start, c.end, c.replacement), message: c.message });
  }
  text += source.text.slice(at);
  return { line: { line: source.line, text }, repairs };
}

function matches(text: string, pattern: RegExp, change: (m: RegExpExecArray) => Omit<Change, 'start' | 'end'> | null): Change[] {
  const out: Change[] = [];
  for (const m of text.matchAll(pattern)) {
    const c = change(m);
    if (c) out.push({ start: m.index, end: m.index + m[0].length, ...c });
  }
  return out;
}

/** `## 标题`, `\*`, `**加粗**`: Markdown an export left in plain text. */
export function removeMarkdownDebris(source: SourceLine): Repaired {
  const steps: ((s: SourceLine) => Repaired)[] = [
    (s) =>
      apply(s, 'markdown-debris', matches(s.text, /^\s*#{1,6}[ \t]*(?=\S)/g, (m) => ({ replacement: '', message: `删除 Markdown 标题符号“${m[0].trim()}”` }))),
    (s) =>
      apply(
        s,
        'markdown-debris',
        matches(s.text, /(?<!\\)\*\*(?=\S)(.+?)(?<=\S)(?<!\\)\*\*/g, (m) => ({ replacement: m[1]!, message: '删除 Markdown 加粗符号“**”（小标题加粗由导入程序重新判断）' })),
      ),
    (s) =>
      apply(s, 'markdown-debris', matches(s.text, /\\([!-/:-@[-`{-~])/g, (m) => ({ replacement: m[1]!, message: `删除转义符“\\”，保留“${m[1]}”` }))),
  ];
  return chain(source, steps);
}

/** `— 3 —`, `- 12 -`: a page number the export left between two halves of a paragraph. */
export function removePageNumber(source: SourceLine): Repaired {
  return apply(
    source,
    'page-number',
    matches(source.text, /^\s*[—－–-]\s*\d{1,3}\s*[—－–-]\s*$/g, (m) => ({ replacement: '', message: `删除页码行“${m[0].trim()}”` })),
  );
}

/** PDF fonts map the middle dot to a private-use slot (U+E000–U+F8FF). */
export function restorePrivateUse(source: SourceLine): Repaired {
  return apply(
    source,
    'private-use',
    matches(source.text, /[\ue000-\uf8ff]/gu, (m) => ({
      replacement: '·',
      message: `私用区字符 U+${m[0].codePointAt(0)!.toString(16).toUpperCase()} 改为间隔号“·”（PDF 导出残留，请对照原件核对）`,
    })),
  );
}

export function normalizeFullWidthDigits(source: SourceLine): Repaired {
  return apply(
    source,
    'full-width-digit',
    matches(source.text, /[０-９]+/g, (m) => ({
      replacement: [...m[0]].map((d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).join(''),
      message: '全角数字改为半角数字',
    })),
  );
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/** The nearest character before/after `i` that is not a space. */
function neighbour(text: string, i: number, step: -1 | 1): string | undefined {
  for (let k = i + step; k >= 0 && k < text.length; k += step) if (!/[ \t\u00a0\u3000]/.test(text[k]!)) return text[k];
  return undefined;
}

/**
 * `, : ; ? !` next to Chinese become full-width; parentheses go in pairs, so
 * that （NPC） does not end half-width. `9:30` and `1,200` keep theirs.
 */
export function widenPunctuation(source: SourceLine): Repaired {
  const text = source.text;
  const nextToCjk = (i: number) => isCjk(neighbour(text, i, -1)) || isCjk(neighbour(text, i, 1));
  const widen = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') open.push(i);
    else if (ch === ')') {
      const o = open.pop();
      const inner = o === undefined ? '' : text.slice(o + 1, i);
      if (nextToCjk(i) || (o !== undefined && (nextToCjk(o) || /\p{Script=Han}/u.test(inner)))) {
        widen.add(i);
        if (o !== undefined) widen.add(o);
      }
    } else if (ch in FULL_WIDTH && nextToCjk(i)) widen.add(i);
  }
  // An unmatched “(” next to Chinese is still Chinese punctuation.
  for (const o of open) if (nextToCjk(o)) widen.add(o);
  const changes = [...widen]
    .sort((a, b) => a - b)
    .map((i) => ({ start: i, end: i + 1, replacement: FULL_WIDTH[text[i]!]!, message: `半角“${text[i]}”改为全角“${FULL_WIDTH[text[i]!]}”` }));
  return apply(source, 'half-width-punctuation', changes);
}

function chain(source: SourceLine, steps: ((s: SourceLine) => Repaired)[]): Repaired {
  let line = source;
  const repairs: Repair[] = [];
  for (const step of steps) {
    const r = step(line);
    line = r.line;
    repairs.push(...r.repairs);
  }
  return { line, repairs };
}

/** Every repair that does not depend on what the line is (title, body, masthead): run on each input line first. */
export function repairCharacters(source: SourceLine): Repaired {
  return chain(source, [removeMarkdownDebris, restorePrivateUse, normalizeFullWidthDigits, removePageNumber, widenPunctuation]);
}

/**
 * Body text: a space next to Chinese is an export artifact (a print line
 * break, letter-spacing), and house style sets no space between Chinese and
 * digits or letters. An ASCII quote counts as Chinese here: it is about to become one.
 * Spaces between two ASCII words (`Hello world`) stay.
 */
export function removeSpaces(source: SourceLine): Repaired {
  const text = source.text.trim();
  const trimmed = { line: source.line, text };
  const cjkish = (ch: string | undefined) => isCjk(ch) || ch === '"';
  return apply(
    trimmed,
    'space',
    matches(text, SPACE_RUN, (m) => {
      const prev = text[m.index - 1];
      const next = text[m.index + m[0].length];
      const between = (cjkish(prev) && (cjkish(next) || isAsciiWord(next))) || (isAsciiWord(prev) && cjkish(next));
      if (!between) return null;
      const withAscii = isAsciiWord(prev) || isAsciiWord(next);
      return { replacement: '', message: withAscii ? '删除汉字与数字、字母之间的空格' : '删除汉字之间的空格' };
    }),
  );
}

/** Fields (committee, organ, recipients, series title): no space belongs in them but between two ASCII words. */
export function removeFieldSpaces(source: SourceLine): Repaired {
  const text = source.text.trim();
  return apply(
    { line: source.line, text },
    'space',
    matches(text, SPACE_RUN, (m) => {
      const prev = text[m.index - 1];
      const next = text[m.index + m[0].length];
      if (isAsciiWord(prev) && isAsciiWord(next)) return null;
      return { replacement: '', message: '删除名称中的空格' };
    }),
  );
}
