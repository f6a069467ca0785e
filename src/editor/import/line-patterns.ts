/**
 * The fixed lines of a bulletin, recognised on text without spaces (exports
 * space them at will: “第 10 期”, “2024 年 4 月 25 日”, “共印 60 份”).
 */

/** 第 10 期, optionally with 总第 302 期 before or after it. */
export function matchIssueNumber(squashed: string): { number: number; runningTotal?: number } | null {
  const m = /^(?:总第(\d+)期)?第(\d+)期(?:[（(]?总第(\d+)期[)）]?)?$/.exec(squashed);
  if (!m) return null;
  const total = m[1] ?? m[3];
  return { number: Number(m[2]), ...(total ? { runningTotal: Number(total) } : {}) };
}

/** 2024年4月25日 → 2024-04-25 (only real calendar dates). */
export function matchDate(squashed: string): string | null {
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(squashed);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const NUMERALS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 四 → 4, 十二 → 12, 二十一 → 21, 一百零五 → 105; digits as they are. */
export function parseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '十' || ch === '百') {
      total += (digit || 1) * (ch === '十' ? 10 : 100);
      digit = 0;
    } else digit = NUMERALS[ch]!;
  }
  return total + digit;
}

/** “……”主题活动专辑（四）: the series title and its part. */
export function matchSeriesLine(squashed: string): { title: string; part: number } | null {
  const m = /^(.+专辑)[（(]([〇零一二两三四五六七八九十百\d]+)[)）]$/.exec(squashed);
  if (!m) return null;
  const part = parseNumeral(m[2]!);
  return part && part > 0 ? { title: m[1]!, part } : null;
}

/** `* `, `- * `, `• `: a table-of-contents bullet (after `\*` has lost its backslash). */
export function tocBullet(text: string): string | null {
  const m = /^\s*(?:[-+]\s*)?[*•●]\s*(?=\S)/.exec(text);
  return m ? text.slice(m[0].length) : null;
}

/** （洛阳市人大常委会代表工委供稿）, at the end of a line: the committee and where the line's text before it ends. */
export function matchCommittee(text: string): { committee: string; start: number } | null {
  const m = /[（(]\s*([^（()）]*?)\s*供\s*稿\s*[)）]\s*$/.exec(text);
  if (!m || m[1]!.trim() === '') return null;
  return { committee: m[1]!, start: m.index };
}

/** 送：… / 发：…: which half of the distribution block, and the text after the label. */
export function matchRecipientsLabel(text: string): { half: 'send' | 'deliver'; rest: string } | null {
  const m = /^\s*(送|发)\s*[：:]\s*(.*)$/.exec(text);
  if (!m) return null;
  return { half: m[1] === '送' ? 'send' : 'deliver', rest: m[2]! };
}

/** 河南省人大常委会代表工作委员会印发 [共印 60 份], perhaps with the date before 印发. */
export function matchFooter(squashed: string): { organ: string; copies?: number } | null {
  const m = /^(.+?)(?:\d{4}年\d{1,2}月\d{1,2}日)?印发(?:共印(\d+)份)?$/.exec(squashed);
  if (!m) return null;
  return { organ: m[1]!, ...(m[2] ? { copies: Number(m[2]) } : {}) };
}

export function matchCopies(squashed: string): number | null {
  const m = /^共印(\d+)份$/.exec(squashed);
  return m ? Number(m[1]) : null;
}

/** 编者按：…: the editor's note before the first article. */
export function matchEditorNote(text: string): string | null {
  const m = /^\s*编者按\s*[：:]\s*(.*)$/.exec(text);
  return m ? m[1]! : null;
}
