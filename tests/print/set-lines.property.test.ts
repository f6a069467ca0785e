/**
 * Property test with the real fonts: random mixed paragraphs (ideographs,
 * punctuation, ——, ……, numbers with units, Latin words, spaces) set in the
 * body and heiti fonts on the real grid. No line overflows the type area,
 * no line breaks a rule, and no character is lost or added.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/core/load/index.ts';
import { AREA_WIDTH } from '../../src/print/geometry.ts';
import { setLines, type FontSet } from '../../src/print/layout/set-lines.ts';
import { canEndLine, canStartLine } from '../../src/print/linebreak/classes.ts';
import { loadFonts } from '../../src/print/render.ts';
import { PROJECT } from '../helpers/project-copy.ts';

let fonts: FontSet;
beforeAll(() => {
  fonts = loadFonts(PROJECT, loadArchive(PROJECT).archive!);
});

const piece = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...'代表联络站建议办理群众意见人大常委会履职培训基层治理民生实事') },
  { weight: 4, arbitrary: fc.constantFrom(...'，。、；：！？“”《》（）') },
  { weight: 1, arbitrary: fc.constantFrom('——', '……') },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.constantFrom('件', '人次', '余人次', '%', '个', '年')).map(([n, u]) => `${n}${u}`) },
  { weight: 1, arbitrary: fc.constantFrom('APP', '5G', '12345热线', 'WiFi', 'Pagefind') },
  { weight: 1, arbitrary: fc.constant(' ') },
);
const paragraph = fc.array(piece, { minLength: 1, maxLength: 120 }).map((p) => p.join(''));
const runs = fc.array(fc.record({ text: paragraph, heiti: fc.boolean() }), { minLength: 1, maxLength: 3 });

describe('setting real text on the grid', () => {
  it('never overflows, never breaks a rule, never loses a character', () => {
    fc.assert(
      fc.property(runs, fc.constantFrom(0, 2), (parts, indentCells) => {
        const spans = parts.map((p) => ({ text: p.text, role: p.heiti ? ('heiti' as const) : ('body' as const) }));
        const lines = setLines(spans, fonts, { size: 16, width: AREA_WIDTH, indentCells });
        const glyphs = lines.flatMap((l) => l.glyphs);
        expect(glyphs.map((g) => g.text).join('').replace(/ /g, '')).toBe(spans.map((s) => s.text).join('').replace(/ /g, ''));
        lines.forEach((line, k) => {
          const visible = line.glyphs.filter((g) => g.text !== ' ');
          for (const g of line.glyphs) expect(g.x + g.width).toBeLessThanOrEqual(AREA_WIDTH + 1e-6);
          if (visible.length > 1) {
            if (k > 0) expect(canStartLine(visible[0]!.text), visible.map((g) => g.text).join('')).toBe(true);
            if (k < lines.length - 1) expect(canEndLine(visible.at(-1)!.text), visible.map((g) => g.text).join('')).toBe(true);
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
