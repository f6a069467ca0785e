/**
 * The 送：/发： lines as recipient groups: names joined by “、” within a group,
 * groups by “，”. Print wraps these lines anywhere, even inside a name
 * (“办公厅研究室” / “主任”), so the lines are joined before they are split.
 */
import { removeFieldSpaces } from './repairs.ts';
import type { Finding, Repair, SourceLine } from './types.ts';

export interface Recipients {
  groups: string[][];
  repairs: Repair[];
  findings: Finding[];
}

/** Splits on `separator` outside brackets: 各县（市、区）人大常委会 is one name. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

export function parseRecipients(lines: readonly SourceLine[]): Recipients {
  const repairs: Repair[] = [];
  const findings: Finding[] = [];
  let text = '';
  let lastLine = 0;
  for (const l of lines) {
    const r = removeFieldSpaces(l);
    repairs.push(...r.repairs);
    const part = r.line.text;
    if (!part) continue;
    if (text && !/[，、]$/.test(text) && !/^[，、]/.test(part)) {
      repairs.push({
        line: lastLine,
        kind: 'line-join',
        before: `${text.slice(-6)}⏎${part.slice(0, 6)}`,
        after: text.slice(-6) + part.slice(0, 6),
        message: `分送栏跨行：第 ${lastLine} 行与第 ${l.line} 行接续（行末没有“，”或“、”，按同一名称接排）`,
      });
    }
    text += part;
    lastLine = l.line;
  }
  const first = lines[0]?.line ?? 0;
  const groups = splitOutside(text.replace(/[。；]$/, ''), '，')
    .map((g) => splitOutside(g, '、').map((n) => n.trim()))
    .filter((g) => g.some((n) => n !== ''));
  if (groups.some((g) => g.some((n) => n === ''))) {
    findings.push({
      line: first,
      severity: 'warning',
      message: `分送栏中有空的收件单位（连续的“、”或“，”）：${text}`,
      fix: '对照原件核对分送栏',
      rule: 'distribution.empty-name',
    });
  }
  return { groups: groups.map((g) => g.filter((n) => n !== '')), repairs, findings };
}
