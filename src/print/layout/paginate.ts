/**
 * Page breaking on the 22-line grid. Input is a stream of grid lines (text
 * or blank); output is the lines of each page. Rules, in order:
 * - a blank line at the top of a page is dropped;
 * - a line marked `keepWithNext` (titles, the blank under a title) never ends a page;
 * - no paragraph leaves a single line at the foot of a page (orphan) or the
 *   head of the next (widow), where moving a line fixes it.
 * Pages never come out empty: when the rules cannot all be met, the break stays.
 */

export interface GridLine<T = unknown> {
  /** Blank lines separate blocks; they may be dropped at a page top. */
  blank?: boolean;
  keepWithNext?: boolean;
  /** Paragraph membership, for widows and orphans. */
  paragraph?: { id: number; index: number; count: number };
  content?: T;
}

export function paginate<T>(lines: readonly GridLine<T>[], firstCapacity: number, capacity: number): GridLine<T>[][] {
  const pages: GridLine<T>[][] = [];
  let start = 0;
  while (start < lines.length) {
    while (start < lines.length && lines[start]!.blank) start++; // no blank line opens a page
    if (start >= lines.length) break;
    const room = pages.length === 0 ? firstCapacity : capacity;
    let end = Math.min(start + room, lines.length);
    if (end < lines.length) end = adjustBreak(lines, start, end);
    pages.push(lines.slice(start, end));
    start = end;
  }
  return pages;
}

/** Moves the break `end` (first line of the next page) earlier until no rule is broken. */
function adjustBreak<T>(lines: readonly GridLine<T>[], start: number, end: number): number {
  let b = end;
  for (let guard = 0; guard < lines.length; guard++) {
    const last = lines[b - 1]!;
    const next = lines[b]!;
    let moved = b;
    if (last.keepWithNext) moved = b - 1;
    else if (last.paragraph && next.paragraph && last.paragraph.id === next.paragraph.id) {
      const before = last.paragraph.index + 1; // lines of this paragraph left on the page
      const after = last.paragraph.count - before;
      if (before === 1) moved = b - 1; // orphan: carry the first line over
      else if (after === 1) moved = before >= 3 ? b - 1 : b - before; // widow: bring a second line along
    }
    if (moved === b) return b;
    if (moved <= start) return end; // the rules cannot be met on this page: keep the plain break
    b = moved;
  }
  return b;
}
