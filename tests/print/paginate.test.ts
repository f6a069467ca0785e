import { describe, expect, it } from 'vitest';
import { paginate, type GridLine } from '../../src/print/layout/paginate.ts';

/** A paragraph of `count` lines, labelled `name1`, `name2`… */
const para = (name: string, count: number, id: number): GridLine<string>[] =>
  Array.from({ length: count }, (_, index) => ({ content: `${name}${index + 1}`, paragraph: { id, index, count } }));
const title = (name: string): GridLine<string>[] => [{ content: name, keepWithNext: true }, { blank: true, keepWithNext: true }];
const labels = (pages: GridLine<string>[][]) => pages.map((p) => p.map((l) => l.content ?? '·'));

describe('paginate', () => {
  it('fills pages to capacity', () => {
    expect(labels(paginate(para('a', 7, 0), 3, 4))).toEqual([['a1', 'a2', 'a3'], ['a4', 'a5', 'a6', 'a7']]);
  });

  it('never ends a page with a title (or the blank under it)', () => {
    const lines = [...para('a', 2, 0), { blank: true }, ...title('T'), ...para('b', 4, 1)];
    const pages = labels(paginate(lines, 4, 10));
    expect(pages[0]).toEqual(['a1', 'a2', '·']);
    expect(pages[1]!.slice(0, 3)).toEqual(['T', '·', 'b1']);
  });

  it('carries a lone first line (orphan) to the next page', () => {
    const pages = labels(paginate([...para('a', 3, 0), ...para('b', 4, 1)], 4, 10));
    expect(pages).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2', 'b3', 'b4']]);
  });

  it('brings a second line along with a lone last line (widow)', () => {
    const pages = labels(paginate([...para('a', 1, 0), ...para('b', 4, 1)], 4, 10));
    expect(pages).toEqual([['a1', 'b1', 'b2'], ['b3', 'b4']]);
  });

  it('moves a two-line paragraph whole rather than split it', () => {
    const pages = labels(paginate([...para('a', 3, 0), ...para('b', 2, 1)], 4, 10));
    expect(pages).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2']]);
  });

  it('drops blank lines at the top of a page', () => {
    const pages = labels(paginate([...para('a', 2, 0), { blank: true }, ...para('b', 2, 1)], 2, 10));
    expect(pages).toEqual([['a1', 'a2'], ['b1', 'b2']]);
  });

  it('keeps the plain break when the rules cannot be met, and loses no line', () => {
    const lines = Array.from({ length: 5 }, (_, i) => ({ content: `t${i}`, keepWithNext: true }));
    const pages = paginate(lines, 2, 2);
    expect(pages.flat().map((l) => l.content)).toEqual(lines.map((l) => l.content));
    expect(pages.every((p) => p.length > 0 && p.length <= 2)).toBe(true);
  });
});
