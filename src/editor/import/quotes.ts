/**
 * ASCII double quotes become Chinese ones, opening and closing in turn,
 * within one paragraph (or title). When they do not pair up, the text is left
 * as it was and flagged: which one is missing is the editor's call, not a guess.
 */
import { excerpt } from './characters.ts';
import type { Finding, Repair } from './types.ts';

export interface QuoteResult {
  text: string;
  repairs: Repair[];
  findings: Finding[];
}

export function pairQuotes(text: string, lineAt: (offset: number) => number): QuoteResult {
  if (!text.includes('"')) return { text, repairs: [], findings: [] };
  let open = false;
  let balanced = true;
  let out = '';
  const converted: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“') {
      if (open) balanced = false;
      open = true;
    } else if (ch === '”') {
      if (!open) balanced = false;
      open = false;
    } else if (ch === '"') {
      converted.push(i);
      out += open ? '”' : '“';
      open = !open;
      continue;
    }
    out += ch;
  }
  if (open || !balanced) {
    const first = converted[0]!;
    return {
      text,
      repairs: [],
      findings: [
        {
          line: lineAt(first),
          severity: 'warning',
          message: `英文引号“"”不成对（本段共 ${converted.length} 个），未改为中文引号：${excerpt(text, first, first + 1, '"', 8).before}`,
          fix: '对照原件补上缺少的引号，再把英文引号改为中文引号“”',
          rule: 'quote.unpaired',
        },
      ],
    };
  }
  const repairs = converted.map((i) => ({
    line: lineAt(i),
    kind: 'ascii-quote' as const,
    ...excerpt(text, i, i + 1, out[i]!),
    message: `英文引号改为中文${out[i] === '“' ? '前' : '后'}引号“${out[i]}”`,
  }));
  return { text: out, repairs, findings: [] };
}
