/**
 * Spaces between Chinese and Latin letters or digits follow house style
 * (publication.yaml `style.latinSpacing`): official documents write
 * 16个代表联络站 with none, some publications 16 个 with one. Doubled spaces
 * are a slip in either style. A line break is never a space to judge.
 */
import { isHan, isInlineSpace, isLatinOrDigit } from '../chars.ts';
import { showChange, type LatinSpacing, type LintHit } from '../hit.ts';

/** The Latin side of a Chinese–Latin boundary: 65%已 is spaced like 65已. */
function isLatinSide(ch: string | undefined): boolean {
  return isLatinOrDigit(ch) || ch === '%';
}

/** Chinese on one side and Latin on the other. */
function isBoundary(left: string | undefined, right: string | undefined): boolean {
  return (isHan(left) && isLatinSide(right)) || (isLatinSide(left) && isHan(right));
}

export function latinSpacing(text: string, style: LatinSpacing): LintHit[] {
  return style === 'none' ? spacesToRemove(text) : spacesToInsert(text);
}

function spacesToRemove(text: string): LintHit[] {
  const hits: LintHit[] = [];
  for (const { start, end } of spaceRuns(text)) {
    if (!isBoundary(text[start - 1], text[end])) continue;
    hits.push({
      rule: 'lint.latin-spacing',
      start,
      end,
      replacement: '',
      message: '本刊体例：中文与英文字母、数字之间不加空格',
      fix: showChange(text, start, end, ''),
      safe: true,
    });
  }
  return hits;
}

function spacesToInsert(text: string): LintHit[] {
  const hits: LintHit[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!isBoundary(text[i - 1], text[i])) continue;
    hits.push({
      rule: 'lint.latin-spacing',
      start: i,
      end: i,
      replacement: ' ',
      message: '本刊体例：中文与英文字母、数字之间加一个空格',
      fix: showChange(text, i, i, ' '),
      safe: true,
    });
  }
  return hits;
}

/**
 * Two or more spaces inside a line become one. Under style `none` a run at a
 * Chinese–Latin boundary is left to latinSpacing, which removes it whole.
 */
export function doubledSpaces(text: string, style: LatinSpacing): LintHit[] {
  const hits: LintHit[] = [];
  for (const { start, end } of spaceRuns(text)) {
    if (end - start < 2) continue;
    if (style === 'none' && isBoundary(text[start - 1], text[end])) continue;
    hits.push({
      rule: 'lint.double-space',
      start,
      end,
      replacement: ' ',
      message: `连续 ${end - start} 个空格`,
      fix: showChange(text, start, end, ' '),
      safe: true,
    });
  }
  return hits;
}

/** Runs of spaces and tabs with text on both sides on the same line: indentation and line ends are Markdown's. */
function spaceRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[ \t]+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 || end === text.length || text[start - 1] === '\n' || text[end] === '\n') continue;
    runs.push({ start, end });
  }
  return runs;
}
