/**
 * Re-joining broken lines into paragraphs, and run-in point headings as
 * Markdown that renders back to exactly the repaired text.
 */
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/core/markdown.ts';
import { bodyText, paragraphMarkdown } from '../../../src/editor/import/article-text.ts';
import { escapeMarkdown } from '../../../src/editor/import/markdown-escape.ts';
import { joinParagraphs, lineAt } from '../../../src/editor/import/paragraphs.ts';
import { detectRunIn, MAX_LEAD } from '../../../src/editor/import/run-in.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 10, text }));

describe('joinParagraphs', () => {
  it('joins a line without sentence-final punctuation to the next non-blank line, and logs the join', () => {
    const r = joinParagraphs(lines('以四季城联络点为依托，', '', '创新构建工作机制。', '第二段。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['以四季城联络点为依托，创新构建工作机制。', '第二段。']);
    expect(r.repairs).toEqual([
      expect.objectContaining({ line: 10, kind: 'line-join', before: '络点为依托，⏎创新构建工作', after: '络点为依托，创新构建工作', message: '第 10 行末没有句末标点，与第 12 行接为一段' }),
    ]);
    expect(lineAt(r.paragraphs[0]!, 0)).toBe(10);
    expect(lineAt(r.paragraphs[0]!, 12)).toBe(12);
  });

  it('a closing quote or bracket after 。！？； still ends the paragraph', () => {
    const r = joinParagraphs(lines('他说：“办好每一件事。”', '第二段；', '（第三段。）', '第四段……'));
    expect(r.paragraphs).toHaveLength(4);
    expect(r.repairs).toEqual([]);
  });

  it('does not join into a new point: the unfinished line is flagged instead', () => {
    const r = joinParagraphs(lines('这一段没有写完', '二、第二点。正文。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['这一段没有写完', '二、第二点。正文。']);
    expect(r.findings).toEqual([expect.objectContaining({ line: 10, rule: 'paragraph.unfinished' })]);
    for (const start of ['三是', '（四）', '5.', '（6）']) {
      expect(joinParagraphs(lines('未完', `${start}新的一点。`)).paragraphs, start).toHaveLength(2);
    }
  });

  it('keeps a point heading set on its own line as its own paragraph, and flags it', () => {
    const r = joinParagraphs(lines('一、强化组织领导', '常委会成立专班。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['一、强化组织领导', '常委会成立专班。']);
    expect(r.findings).toEqual([expect.objectContaining({ line: 10, rule: 'paragraph.standalone-heading' })]);
  });

  it('flags the last paragraph when it ends without punctuation', () => {
    expect(joinParagraphs(lines('最后一句没有句号')).findings).toEqual([expect.objectContaining({ line: 10, rule: 'paragraph.unfinished' })]);
  });

  it('bodyText repairs spaces per line, joins, then pairs quotes across the join', () => {
    const r = bodyText(lines('采取"线上 十', '线下"方式，服务群众 1200 余人次。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['采取“线上十线下”方式，服务群众1200余人次。']);
    const quotes = r.repairs.filter((x) => x.kind === 'ascii-quote').map((x) => x.line);
    expect(quotes).toEqual([10, 11]);
  });
});

describe('run-in headings', () => {
  it('bolds the lead sentence of a point through the first 。 outside quotes', () => {
    expect(detectRunIn('一、聚焦“提”。确保质量。正文。')).toEqual({ kind: 'run-in', lead: '一、聚焦“提”。', rest: '确保质量。正文。' });
    expect(detectRunIn('（二）说“好。”再说。')).toEqual({ kind: 'run-in', lead: '（二）说“好。”再说。', rest: '' });
    expect(detectRunIn('三是闭环处理机制。对代表建议……')).toMatchObject({ kind: 'run-in', lead: '三是闭环处理机制。' });
  });

  it('leaves a paragraph plain when the lead is too long, has no 。, or there is no point number', () => {
    const long = `一、${'长'.repeat(MAX_LEAD)}。正文。`;
    expect(detectRunIn(long)).toEqual({ kind: 'plain', reason: 'long' });
    expect(detectRunIn('一、没有句号的一点')).toEqual({ kind: 'plain', reason: 'no-full-stop' });
    expect(detectRunIn('今年以来，常委会……。')).toEqual({ kind: 'plain' });
  });

  it('writes **lead**rest, which parses back to a strong lead and the same text', () => {
    const md = paragraphMarkdown('一、聚焦“提”，确保*质量*。正文_下划线。');
    expect(md).toBe('**一、聚焦“提”，确保\\*质量\\*。**正文\\_下划线。');
    const p = parseMarkdown(md).children[0]!;
    expect(p.type).toBe('paragraph');
    expect(p.type === 'paragraph' && p.children[0]!.type).toBe('strong');
    expect(toString(p)).toBe('一、聚焦“提”，确保*质量*。正文_下划线。');
  });
});

describe('escapeMarkdown', () => {
  const cases = [
    '# 不是标题',
    '> 不是引用',
    '- 不是列表',
    '1. 不是编号',
    '12) 也不是',
    '---',
    'a*b*c_d_ `x` [链接](http://x) <b>粗</b> &amp; ~~删~~ \\反斜杠',
    '访问http://example.cn/a_b_c。',
    '网址为www.example.cn/lv_zhi，邮箱rd_db@example.cn。',
  ];
  it.each(cases)('%s renders back to itself', (text) => {
    const tree = parseMarkdown(escapeMarkdown(text));
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.type).toBe('paragraph');
    expect(toString(tree)).toBe(text);
  });

  it('leaves ordinary bulletin text alone', () => {
    expect(escapeMarkdown('-加强领导，0.5万元，#话题，+1。')).toBe('-加强领导，0.5万元，#话题，+1。');
  });
});
