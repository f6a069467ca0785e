/** Only prose is linted: what the reader reads, with each character's place in the source. */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../src/core/lint/chars.ts';
import { proseBlocks } from '../../src/core/lint/prose-blocks.ts';

const texts = (body: string) => proseBlocks(body).map((b) => b.text);

describe('proseBlocks', () => {
  it('joins a paragraph across emphasis and link text', () => {
    expect(texts('**一、统一标准。**市人大[常委会](https://example.cn/a,b)制定规范。\n')).toEqual(['一、统一标准。市人大常委会制定规范。']);
  });

  it('replaces inline code, bare URLs and inline HTML by a placeholder', () => {
    expect(texts('见 `a, b` 和 https://example.cn/a,b 以及<!-- 注释,好 -->。\n')).toEqual([
      `见 ${PLACEHOLDER} 和 ${PLACEHOLDER} 以及${PLACEHOLDER}。`,
    ]);
  });

  it('skips code blocks and HTML comments, reads headings, lists, quotes and table cells', () => {
    const body = ['## 标题,一', '', '```', '代码,好', '```', '', '<!-- 注释,好 -->', '', '- 列表,好', '> 引用,好', '', '| 表头 | 列 |', '|---|---|', '| 单元,格 | b |', ''].join('\n');
    expect(texts(body)).toEqual(['标题,一', '列表,好', '引用,好', '表头', '列', '单元,格', 'b']);
  });

  it('maps every character to its offset in the body, past escapes and quote markers', () => {
    const body = '前言\n\n段落\\*一,\n> 引用,好\n';
    const [, para, quote] = proseBlocks(body);
    expect(para!.text).toBe('段落*一,');
    expect(para!.offsets.map((o) => body[o])).toEqual([...'段落*一,']);
    expect(quote!.text).toBe('引用,好');
    expect(quote!.offsets.map((o) => body[o])).toEqual([...'引用,好']);
  });

  it('a decoded character reference has no offset', () => {
    const [block] = proseBlocks('甲&amp;乙\n');
    expect(block!.text).toBe('甲&乙');
    expect(block!.offsets[0]).toBe(0);
    expect(block!.offsets[2]).toBe(6);
  });
});
