/**
 * ASCII quotes in Chinese copy: "建起来" must be “建起来”. Which curly quote
 * each one becomes depends on pairing, so the marks of one paragraph are read
 * in order together with the curly ones already there (“好" closes with ”).
 * Only when every mark pairs up is the fix safe; an odd one out needs an
 * editor to see where the quotation really starts and ends.
 */
import { containsHan, isLatinOrDigit } from '../chars.ts';
import { showChange, type LintHit } from '../hit.ts';

interface QuoteKind {
  ascii: string;
  open: string;
  close: string;
  name: string;
}

const DOUBLE: QuoteKind = { ascii: '"', open: '“', close: '”', name: '双引号' };
const SINGLE: QuoteKind = { ascii: "'", open: '‘', close: '’', name: '单引号' };

export function asciiQuotes(text: string): LintHit[] {
  if (!containsHan(text)) return [];
  return [...quoteHits(text, DOUBLE), ...quoteHits(text, SINGLE)].sort((a, b) => a.start - b.start);
}

function quoteHits(text: string, kind: QuoteKind): LintHit[] {
  const found: { index: number; replacement: string }[] = [];
  let open = false;
  let balanced = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === kind.open) {
      if (open) balanced = false;
      open = true;
    } else if (ch === kind.close) {
      if (!open) balanced = false;
      open = false;
    } else if (ch === kind.ascii && !isApostrophe(text, i)) {
      found.push({ index: i, replacement: open ? kind.close : kind.open });
      open = !open;
    }
  }
  if (open) balanced = false;
  return found.map(({ index, replacement }) => ({
    rule: 'lint.ascii-quotes',
    start: index,
    end: index + 1,
    replacement,
    message: balanced ? `中文里用了英文${kind.name}“${kind.ascii}”` : `中文里用了英文${kind.name}“${kind.ascii}”，且本段引号不成对`,
    fix: balanced ? showChange(text, index, index + 1, replacement) : `改为中文${kind.name}${kind.open}${kind.close}，并检查引文从哪里开始、到哪里结束`,
    safe: balanced,
  }));
}

/** it's, 5'10: a mark between two Latin letters or digits is not a quotation mark. */
function isApostrophe(text: string, i: number): boolean {
  return isLatinOrDigit(text[i - 1]) && isLatinOrDigit(text[i + 1]);
}
