/** `--fix` edits change the characters they name and not one byte more. */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/lint/apply-edits.ts';

describe('applyEdits', () => {
  it('keeps CRLF, a byte-order mark and every untouched line byte for byte', () => {
    const raw = '\uFEFFtitle: 标题一:二\r\n---\r\n\r\n全市 286 个站,好\r\n末行';
    const result = applyEdits(raw, [
      { line: 1, index: 10, old: ':', replacement: '：' },
      { line: 4, index: 2, old: ' ', replacement: '' },
      { line: 4, index: 6, old: ' ', replacement: '' },
      { line: 4, index: 9, old: ',', replacement: '，' },
    ]);
    expect(result.text).toBe('\uFEFFtitle: 标题一：二\r\n---\r\n\r\n全市286个站，好\r\n末行');
    expect(result.applied).toHaveLength(4);
  });

  it('applies from the end backwards, so earlier positions stay valid', () => {
    const result = applyEdits('甲 1 乙 2 丙\n', [
      { line: 1, index: 1, old: ' ', replacement: '' },
      { line: 1, index: 3, old: ' ', replacement: '' },
      { line: 1, index: 5, old: ' ', replacement: '' },
      { line: 1, index: 7, old: ' ', replacement: '' },
    ]);
    expect(result.text).toBe('甲1乙2丙\n');
  });

  it('skips an edit whose text is no longer there, and one that overlaps another', () => {
    const result = applyEdits('意见,  反馈\n', [
      { line: 1, index: 2, old: ',  ', replacement: '，' },
      { line: 1, index: 3, old: '  ', replacement: ' ' },
      { line: 1, index: 0, old: '建议', replacement: '意见' },
    ]);
    // The later edit is made first; the one reaching into it waits for the next round.
    expect(result.text).toBe('意见, 反馈\n');
    expect(result.applied).toEqual([{ line: 1, index: 3, old: '  ', replacement: ' ' }]);
  });

  it('inserts at a position', () => {
    expect(applyEdits('全市286个', [{ line: 1, index: 2, old: '', replacement: ' ' }, { line: 1, index: 5, old: '', replacement: ' ' }]).text).toBe(
      '全市 286 个',
    );
  });
});
