import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakParagraph } from '../../src/print/linebreak/break-paragraph.ts';
import {
  canEndLine,
  canStartLine,
  findBreakOpportunities,
  glyphShift,
  isCompressible,
  unitChainEnd,
} from '../../src/print/linebreak/classes.ts';
import type { BreakItem, BrokenLine } from '../../src/print/linebreak/types.ts';

/** The grid cell: 156 mm / 28 in pt. */
const EM = 15.793;
const TOL = 1e-6;

// The rules again, written out independently of the implementation's tables.
const NEVER_START = new Set([...'、，。．：；！？）］｝〕】》〉”’」』·,.:;!?)]}%‰']);
const NEVER_END = new Set([...'（［｛〔【《〈“‘「『([{/']);
const COMPRESSIBLE = new Set([...'、，。．：；！？（［｛〔【《〈“‘「『）］｝〕】》〉”’」』·']);

/** Test measure: ideographs and full-width punctuation one cell, ASCII half, space a quarter. */
function widthOf(ch: string): number {
  if (ch === ' ') return 0.25 * EM;
  return ch.charCodeAt(0) < 0x80 ? 0.5 * EM : EM;
}

function itemsOf(text: string): BreakItem[] {
  return Array.from(text, (ch) => ({ text: ch, width: widthOf(ch) }));
}

function lineTexts(items: BreakItem[], lines: BrokenLine[]): string[] {
  return lines.map((line) => line.items.map((p) => items[p.index]!.text).join(''));
}

function run(text: string, cells: number, indentCells = 0): { items: BreakItem[]; lines: BrokenLine[]; texts: string[] } {
  const items = itemsOf(text);
  const lines = breakParagraph(items, { width: cells * EM, indent: indentCells * EM, em: EM });
  return { items, lines, texts: lineTexts(items, lines) };
}

function rightEdge(line: BrokenLine): number {
  const last = line.items[line.items.length - 1]!;
  return last.x + last.width;
}

const HAN = '中国人民代表大会工作报告调研基层群众意见建议履职监督选举法律制度社会经济发展';
const han = (n: number): string => Array.from({ length: n }, (_, i) => HAN[i % HAN.length]).join('');

describe('character classes', () => {
  it('knows the line-start and line-end prohibitions', () => {
    for (const ch of '、，。．：；！？）］｝〕】》〉”’」』·,.:;!?)]}%‰') expect(canStartLine(ch), ch).toBe(false);
    for (const ch of '（［｛〔【《〈“‘「『([{/') expect(canEndLine(ch), ch).toBe(false);
    for (const ch of '中a1（《“') expect(canStartLine(ch), ch).toBe(true);
    for (const ch of '中a1）》”，。') expect(canEndLine(ch), ch).toBe(true);
  });
  it('knows which marks are compressible and where their blank lies', () => {
    for (const ch of COMPRESSIBLE) expect(isCompressible(ch), ch).toBe(true);
    for (const ch of '中a,—…') expect(isCompressible(ch), ch).toBe(false);
    expect(glyphShift('《', EM, EM / 2)).toBeCloseTo(-EM / 2, 9);
    expect(glyphShift('》', EM, EM / 2)).toBe(0);
    expect(glyphShift('·', EM, EM / 2)).toBeCloseTo(-EM / 4, 9);
  });
  it('finds units after numbers, through 余/多/万 and a space', () => {
    const end = (text: string, after: number) => unitChainEnd(itemsOf(text), after);
    expect(end('1200余人次参加', 4)).toBe(7);
    expect(end('3万元', 1)).toBe(3);
    expect(end('5万余人', 1)).toBe(4);
    expect(end('2024 年', 4)).toBe(6);
    expect(end('12小时', 2)).toBe(4);
    expect(end('12的', 2)).toBe(2);
  });
  it('puts break opportunities only where the rules allow', () => {
    const items = itemsOf('我们，“好”5G网络——是');
    const opp = findBreakOpportunities(items, EM);
    const allowedBefore = opp.flatMap((ok, p) => (ok ? [items[p]!.text + p] : []));
    // 我|们，|“好”|5G|网|络——|是
    expect(allowedBefore).toEqual(['们1', '“3', '56', '网8', '络9', '是12']);
  });
});

describe('breakParagraph: basics', () => {
  it('returns no lines for no items', () => {
    expect(breakParagraph([], { width: 28 * EM, indent: 2 * EM, em: EM })).toEqual([]);
  });

  it('fits 28 ideographs exactly on a 28-cell line', () => {
    const { lines } = run(han(28), 28);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.items).toHaveLength(28);
    expect(rightEdge(lines[0]!)).toBeCloseTo(28 * EM, 6);
    const { lines: two } = run(han(56), 28);
    expect(two.map((l) => l.items.length)).toEqual([28, 28]);
    expect(two[0]!.justified).toBe(true);
    expect(Math.abs(rightEdge(two[0]!) - 28 * EM)).toBeLessThan(TOL);
  });

  it('indents the first line only, and by two cells takes two characters off it', () => {
    const { lines } = run(han(60), 28, 2);
    expect(lines.map((l) => l.items.length)).toEqual([26, 28, 6]);
    expect(lines[0]!.items[0]!.x).toBeCloseTo(2 * EM, 9);
    expect(lines[1]!.items[0]!.x).toBe(0);
    expect(lines[2]!.items[0]!.x).toBe(0);
  });

  it('justifies every line but the last, which keeps natural widths', () => {
    const { lines } = run(`${han(20)}，${han(9)}：“${han(30)}。”${han(3)}5G${han(12)}。`, 17, 2);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(0, -1)) {
      expect(line.justified).toBe(true);
      expect(Math.abs(rightEdge(line) - 17 * EM)).toBeLessThan(TOL);
    }
    const last = lines[lines.length - 1]!;
    expect(last.justified).toBe(false);
    last.items.forEach((p, i) => {
      if (i > 0) expect(p.x).toBeCloseTo(last.items[i - 1]!.x + last.items[i - 1]!.width, 9);
    });
    expect(rightEdge(last)).toBeLessThan(17 * EM);
  });

  it('leaves a line with a single item unjustified', () => {
    // 中 fits, 《书》 does not fit beside it and may not be split.
    const { lines, texts } = run('中《书》', 2.5);
    expect(texts).toEqual(['中', '《书》']);
    expect(lines[0]!.justified).toBe(false);
    expect(lines[0]!.items[0]!.width).toBe(EM);
  });
});

describe('breakParagraph: punctuation compression', () => {
  it('sets one mark of an adjacent pair half width (。” ）、 “《)', () => {
    const { lines } = run('好。”说）、看“《书', 40);
    const w = lines[0]!.items.map((p) => p.width / EM);
    // 好 。 ” 说 ） 、 看 “ 《 书
    expect(w).toEqual([1, 0.5, 1, 1, 0.5, 1, 1, 1, 0.5, 1]);
  });

  it('squeezes a line-end mark and in-line marks before pushing (先挤进)', () => {
    // 10 cells: 字字字，字字字字字字 is 10 cells; 。 overflows by one cell, squeezing gives exactly one.
    const { lines, texts } = run(`${han(3)}，${han(6)}。${han(4)}`, 10);
    expect(texts[0]).toBe(`${han(3)}，${han(6)}。`);
    expect(lines[0]!.justified).toBe(true);
    expect(lines[0]!.items[3]!.width).toBeCloseTo(EM / 2, 9);
    expect(lines[0]!.items[10]!.width).toBeCloseTo(EM / 2, 9);
    expect(Math.abs(rightEdge(lines[0]!) - 10 * EM)).toBeLessThan(TOL);
  });

  it('squeezes the line-end mark first', () => {
    // Half a cell of excess: the comma inside keeps its width, the line-end 。 gives.
    const { lines, texts } = run(`${han(3)}，${han(5)}好。${han(4)}`, 10.5);
    expect(texts[0]).toBe(`${han(3)}，${han(5)}好。`);
    expect(lines[0]!.items[3]!.width).toBeCloseTo(EM, 9);
    expect(lines[0]!.items[10]!.width).toBeCloseTo(EM / 2, 9);
  });

  it('pushes the previous character when squeezing is not enough (后推出)', () => {
    // 10 ideographs fill the line; ， may not start the next, and 10.5 cells do not fit.
    const { lines, texts } = run(`${han(10)}，${han(5)}`, 10);
    expect(texts).toEqual([han(9), `${han(10).slice(9)}，${han(5)}`]);
    expect(lines[0]!.justified).toBe(true);
    expect(Math.abs(rightEdge(lines[0]!) - 10 * EM)).toBeLessThan(TOL);
  });

  it('does not hang punctuation outside the measure', () => {
    const { lines } = run(`${han(9)}好。”${han(4)}`, 10);
    for (const line of lines) expect(rightEdge(line)).toBeLessThanOrEqual(10 * EM + TOL);
  });
});

describe('breakParagraph: prohibitions and inseparable units', () => {
  it('never ends a line with 《', () => {
    const { texts } = run(`${han(9)}《书名》${han(4)}`, 10);
    expect(texts[0]).toBe(han(9));
    expect(texts[1]!.startsWith('《书名》')).toBe(true);
  });

  it('never ends a line with an ASCII opening bracket or a solidus', () => {
    expect(run(`${han(9)}(注)${han(3)}`, 10).texts[0]).toBe(han(9));
    // 和/ would fill 9.5 cells exactly, but / may not end the line.
    expect(run(`${han(8)}和/或${han(3)}`, 9.5).texts[0]).toBe(`${han(8)}和`);
  });

  it('never starts a line with ASCII closing marks', () => {
    const { texts } = run(`${han(9)}好)，${han(3)}`, 10);
    expect(texts[1]!.startsWith('好)')).toBe(true);
  });

  it('keeps —— and …… together and off the line start', () => {
    for (const mark of ['——', '……']) {
      const { texts } = run(`${han(9)}${mark}${han(4)}`, 10);
      expect(texts[0]).toBe(han(8));
      expect(texts[1]!.startsWith(`${han(9).slice(8)}${mark}`)).toBe(true);
    }
  });

  it('keeps 1200余人次 together', () => {
    const { texts } = run(`${han(8)}1200余人次参加`, 10);
    expect(texts).toEqual([han(8), '1200余人次参加']);
  });

  it('keeps a number with its unit across a space (2024 年)', () => {
    const { texts } = run(`${han(8)}2024 年${han(2)}`, 10.5);
    expect(texts[0]).toBe(han(8));
    expect(texts[1]!.startsWith('2024 年')).toBe(true);
  });

  it('keeps Latin words and numbers whole: 10kV, 3.5, 65%', () => {
    expect(run(`${han(9)}10kV${han(2)}`, 10).texts).toEqual([han(9), `10kV${han(2)}`]);
    expect(run(`${han(9)}3.5${han(2)}`, 10).texts).toEqual([han(9), `3.5${han(2)}`]);
    expect(run(`${han(9)}65%${han(2)}`, 10).texts).toEqual([han(9), `65%${han(2)}`]);
  });

  it('breaks after a space and sets it at width 0 at the line end', () => {
    const { items, lines, texts } = run(`${han(8)} abc def`, 10);
    expect(texts).toEqual([`${han(8)} abc `, 'def']);
    const first = lines[0]!;
    const trailing = first.items[first.items.length - 1]!;
    expect(items[trailing.index]!.text).toBe(' ');
    expect(trailing.width).toBe(0);
    expect(Math.abs(trailing.x - 10 * EM)).toBeLessThan(TOL);
    // Latin-internal gaps get no extra space.
    const a = first.items[9]!;
    const b = first.items[10]!;
    const c = first.items[11]!;
    expect(b.x - a.x).toBeCloseTo(EM / 2, 9);
    expect(c.x - b.x).toBeCloseTo(EM / 2, 9);
  });

  it('splits a unit wider than the line at item level, losing nothing', () => {
    const word = 'x'.repeat(50);
    const { lines, texts } = run(`${han(3)}${word}${han(3)}`, 10);
    expect(texts.join('')).toBe(`${han(3)}${word}${han(3)}`);
    for (const line of lines) expect(rightEdge(line)).toBeLessThanOrEqual(10 * EM + TOL);
    // The long word fills the rest of the first line instead of leaving it short.
    expect(texts[0]!.startsWith(han(3) + 'x')).toBe(true);
  });

  it('terminates with items wider than the line', () => {
    const items = itemsOf(han(5));
    const lines = breakParagraph(items, { width: EM / 2, indent: 0, em: EM });
    expect(lines.map((l) => l.items.map((p) => p.index))).toEqual([[0], [1], [2], [3], [4]]);
  });
});

// ---------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------

type TokenKind = 'han' | 'punct' | 'dash' | 'number' | 'latin' | 'space' | 'ascii';
interface Token {
  kind: TokenKind;
  text: string;
}

const token = (kind: TokenKind) => (text: string): Token => ({ kind, text });
const UNIT_WORDS = ['个', '人', '人次', '万元', '年', '月', '日', '%', '余人次', '多家', '小时', '平方米', '亿元', '项'];

const tokenArb: fc.Arbitrary<Token> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...HAN).map(token('han')) },
  { weight: 5, arbitrary: fc.constantFrom(...'、，。：；！？（）《》“”‘’【】·').map(token('punct')) },
  { weight: 1, arbitrary: fc.constantFrom('——', '……').map(token('dash')) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 99999 }), fc.constantFrom(...UNIT_WORDS))
      .map(([n, unit]) => token('number')(`${n}${unit}`)),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...'abcdefgKVAPP0123456789'), { minLength: 1, maxLength: 12 })
      .map((chars) => token('latin')(chars.join(''))),
  },
  { weight: 2, arbitrary: fc.constant(token('space')(' ')) },
  { weight: 1, arbitrary: fc.constantFrom(...',.()%/').map(token('ascii')) },
);

interface Paragraph {
  items: BreakItem[];
  /** Index of the token each item came from. */
  tokenOf: number[];
  tokens: Token[];
}

const paragraphArb: fc.Arbitrary<Paragraph> = fc.array(tokenArb, { maxLength: 150, size: 'max' }).map((tokens) => {
  const items: BreakItem[] = [];
  const tokenOf: number[] = [];
  tokens.forEach((t, ti) => {
    for (const it of itemsOf(t.text)) {
      items.push(it);
      tokenOf.push(ti);
    }
  });
  return { items, tokenOf, tokens };
});

const settingsArb = fc.record({ cells: fc.integer({ min: 10, max: 40 }), indentCells: fc.constantFrom(0, 2) });

/**
 * The narrowest a stretch of items can be set on a line of its own: spaces at its end
 * dropped, and at its start too on a continuation line.
 */
function minWidth(items: BreakItem[], start: number, end: number, dropLeading = false): number {
  let first = start;
  if (dropLeading) while (first < end && items[first]!.text === ' ') first++;
  let last = end - 1;
  while (last >= first && items[last]!.text === ' ') last--;
  let total = 0;
  for (let i = first; i <= last; i++) {
    const it = items[i]!;
    total += COMPRESSIBLE.has(it.text) ? Math.min(it.width, EM / 2) : it.width;
  }
  return total;
}

/**
 * May the breaker cut before item p although the rules forbid it? Only when p lies
 * inside a unit (a stretch between break opportunities) too wide for a line.
 */
function isForcedCut(items: BreakItem[], opp: boolean[], p: number, width: number, indent: number): boolean {
  if (opp[p]) return false;
  let start = p;
  while (start > 0 && !opp[start]) start--;
  let end = p;
  while (end < items.length && !opp[end]) end++;
  return minWidth(items, start, end) > width - indent - TOL;
}

function firstVisible(items: BreakItem[], line: BrokenLine): number | undefined {
  return line.items.find((p) => items[p.index]!.text !== ' ')?.index;
}

function lastVisible(items: BreakItem[], line: BrokenLine): number | undefined {
  return line.items.findLast((p) => items[p.index]!.text !== ' ')?.index;
}

describe('breakParagraph: properties', () => {
  const params = { numRuns: 500 };

  it('places every item once, in order, inside the measure, without overlap, deterministically', () => {
    fc.assert(
      fc.property(paragraphArb, settingsArb, ({ items }, { cells, indentCells }) => {
        const options = { width: cells * EM, indent: indentCells * EM, em: EM };
        const lines = breakParagraph(items, options);
        // (a) every index once, in order; no empty line
        expect(lines.flatMap((l) => l.items.map((p) => p.index))).toEqual(items.map((_, i) => i));
        for (const line of lines) expect(line.items.length).toBeGreaterThan(0);
        // (b) inside [0, width], x non-decreasing, no overlap
        for (const [li, line] of lines.entries()) {
          expect(line.items[0]!.x).toBeGreaterThanOrEqual((li === 0 ? options.indent : 0) - TOL);
          line.items.forEach((p, i) => {
            expect(p.width).toBeGreaterThanOrEqual(0);
            expect(p.width).toBeLessThanOrEqual(items[p.index]!.width + TOL);
            expect(p.x + p.width).toBeLessThanOrEqual(options.width + TOL);
            const next = line.items[i + 1];
            if (next) {
              expect(next.x).toBeGreaterThanOrEqual(p.x - TOL);
              expect(p.x + p.width).toBeLessThanOrEqual(next.x + TOL);
            }
          });
        }
        // (f) deterministic, and the input is not modified
        const copy = items.map((it) => ({ ...it }));
        expect(breakParagraph(copy, { ...options })).toEqual(lines);
        expect(copy).toEqual(items);
      }),
      params,
    );
  });

  it('fills lines greedily and keeps the prohibitions and inseparable units unless a unit is wider than the line', () => {
    fc.assert(
      fc.property(paragraphArb, settingsArb, ({ items, tokenOf, tokens }, { cells, indentCells }) => {
        const width = cells * EM;
        const indent = indentCells * EM;
        const lines = breakParagraph(items, { width, indent, em: EM });
        const opp = findBreakOpportunities(items, EM);
        for (let li = 0; li + 1 < lines.length; li++) {
          const p = lines[li + 1]!.items[0]!.index;
          const forced = isForcedCut(items, opp, p, width, indent);
          // Breaks fall on opportunities unless forced.
          if (!opp[p]) expect(forced, `cut before ${p}`).toBe(true);
          if (forced) continue;
          // Greedy: the next line's first unit would not fit here, even squeezed.
          let unitEnd = p + 1;
          while (unitEnd < items.length && !opp[unitEnd]) unitEnd++;
          const lineStart = lines[li]!.items[0]!.index;
          const available = width - (li === 0 ? indent : 0);
          expect(minWidth(items, lineStart, unitEnd, li > 0), `line ${li} short`).toBeGreaterThan(available - TOL);
          // (c) no never-at-end at a line end, no never-at-start at a line start
          const end = lastVisible(items, lines[li]!);
          const start = firstVisible(items, lines[li + 1]!);
          if (end !== undefined) expect(NEVER_END.has(items[end]!.text), `ends with ${items[end]!.text}`).toBe(false);
          if (start !== undefined) expect(NEVER_START.has(items[start]!.text), `starts with ${items[start]!.text}`).toBe(false);
          // (d) ——, ……, numbers with units, Latin words not split; —— / …… not at a line start
          const kind = tokens[tokenOf[p]!]!.kind;
          if (p > 0 && tokenOf[p - 1] === tokenOf[p] && (kind === 'dash' || kind === 'number' || kind === 'latin')) {
            expect.fail(`${kind} token ${tokens[tokenOf[p]!]!.text} split`);
          }
          if (start !== undefined) expect(tokens[tokenOf[start]!]!.kind).not.toBe('dash');
        }
      }),
      params,
    );
  });

  it('justifies every line but the last to end exactly at the measure', () => {
    fc.assert(
      fc.property(paragraphArb, settingsArb, ({ items }, { cells, indentCells }) => {
        const width = cells * EM;
        const lines = breakParagraph(items, { width, indent: indentCells * EM, em: EM });
        lines.forEach((line, li) => {
          const isLast = li === lines.length - 1;
          const visible = line.items.filter((p) => items[p.index]!.text !== ' ');
          // (e) justified lines end at the measure; lines with a gap are justified
          if (line.justified) expect(Math.abs(rightEdge(line) - width)).toBeLessThan(TOL);
          if (!isLast && visible.length >= 2) expect(line.justified).toBe(true);
          // Spaces at a break take no room.
          const tail = line.items.slice(line.items.findLastIndex((p) => items[p.index]!.text !== ' ') + 1);
          if (!isLast) for (const p of tail) expect(p.width).toBe(0);
          if (li > 0) {
            for (const p of line.items) {
              if (items[p.index]!.text !== ' ') break;
              expect(p.width).toBe(0);
            }
          }
          // The last line keeps natural widths, apart from adjacent-mark compression.
          if (isLast && !line.justified) {
            line.items.forEach((p, i) => {
              if (i > 0) expect(p.x).toBeCloseTo(line.items[i - 1]!.x + line.items[i - 1]!.width, 6);
            });
          }
        });
      }),
      params,
    );
  });
});
