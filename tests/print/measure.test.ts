/**
 * graphemes() splits most text by code point without Intl.Segmenter; it must
 * give exactly the segmenter's graphemes for any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemes } from '../../src/print/measure/measure.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const bySegmenter = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

describe('graphemes', () => {
  it('agrees with Intl.Segmenter for every code point, beside itself and beside a letter', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x3ffff; cp++) {
      const c = String.fromCodePoint(cp);
      const text = `${c}${c}a${c}`;
      const got = graphemes(text);
      const want = bySegmenter(text);
      if (got.length !== want.length || got.some((g, i) => g !== want[i])) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('keeps combining marks, joined emoji, Hangul and CR LF together', () => {
    expect(graphemes('e\u0301x')).toEqual(['e\u0301', 'x']);
    expect(graphemes('👨\u200d👩\u200d👧中')).toEqual(['👨\u200d👩\u200d👧', '中']);
    expect(graphemes('\u1100\u1161\u11a8文')).toEqual(['\u1100\u1161\u11a8', '文']);
    expect(graphemes('か\u3099')).toEqual(['か\u3099']);
    expect(graphemes('a\r\nb')).toEqual(['a', '\r\n', 'b']);
    expect(graphemes('葛\u{e0100}')).toEqual(['葛\u{e0100}']);
  });

  it('agrees with Intl.Segmenter on mixed text', () => {
    const pieces = ['中', '文', '，', '。', '“', '”', '《', '》', '—', '…', 'a', 'Z', '1', ' ', '%', '\u0301', '\u200d', '\ufe0f', '\u3099', '\uff9e', '👍', '🏽', '🇨', '🇳', '\u1100', '\u1161', '한', '\u00ad', '\r', '\n', '𠀀', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(graphemes(text)).toEqual(bySegmenter(text));
      }),
      { numRuns: 2000 },
    );
  });
});
