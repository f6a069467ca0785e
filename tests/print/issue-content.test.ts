/**
 * The blocks of an issue's Markdown (src/print/content/issue-content.ts),
 * kept between runs of `npm run print`: what the cache hands back is what
 * parsing gives, at the right file lines, and a text printed before is not
 * parsed again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { issueContent, openBlocksCache, type IssueTexts } from '../../src/print/content/issue-content.ts';
import { loadArchive } from '../../src/core/load/index.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const scratch = mkdtempSync(join(tmpdir(), 'jianbao-blocks-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;
const cacheFile = () => join(scratch, `blocks-${++files}.bin`);

const BODY = '开头一段。\n\n**一、要点明确。**第二段正文，\n接着写。\n\n1. 第一项\n2. 第二项\n';
const issueWith = (body: string, bodyStartLine: number, note = ''): IssueTexts => ({ note, articles: [{ body, bodyStartLine }] });

describe('issueContent', () => {
  it('sets each block at its line in the file', async () => {
    const { articles } = await issueContent(issueWith(BODY, 12));
    const [blocks] = articles;
    expect(blocks!.problems).toEqual([]);
    expect(blocks!.blocks.map((b) => [b.spans[0]!.line, b.spans.map((s) => s.text).join(''), b.indent, b.marker])).toEqual([
      [12, '开头一段。', true, undefined],
      [14, '一、要点明确。第二段正文，接着写。', true, undefined],
      [17, '第一项', false, '1.'],
      [18, '第二项', false, '2.'],
    ]);
  });

  it('gives every sample issue the same blocks from the cache as from parsing, once saved and opened again', async () => {
    const { archive } = loadArchive(PROJECT);
    const file = cacheFile();
    for (const issue of archive!.issues) {
      const cache = openBlocksCache(file);
      const parsed = await issueContent(issue, cache);
      cache.save();
      expect(await issueContent(issue, openBlocksCache(file)), issue.key).toEqual(parsed);
      expect(await issueContent(issue), issue.key).toEqual(parsed);
    }
  });

  it('does not parse a text it kept: an edit above the body only moves its lines', async () => {
    const file = cacheFile();
    const first = openBlocksCache(file);
    await issueContent(issueWith(BODY, 12), first);
    // What was kept is what is used: a marked entry shows the text was not parsed again.
    const kept = first.get(BODY)!;
    kept.blocks[0]!.spans[0]!.text = '（取自缓存）';
    first.set(BODY, kept);
    first.save();
    const { articles } = await issueContent(issueWith(BODY, 15), openBlocksCache(file));
    expect(articles[0]!.blocks[0]!.spans[0]).toEqual({ text: '（取自缓存）', role: 'body', line: 15 });
    expect(articles[0]!.blocks[1]!.spans[0]!.line).toBe(17);
  });

  it('keeps no text that cannot be printed, so its problems are reported on every run', async () => {
    const body = '正文。\n\n![图](a.png)\n';
    const cache = openBlocksCache(cacheFile());
    const { articles } = await issueContent(issueWith(body, 5), cache);
    expect(articles[0]!.problems).toEqual([expect.objectContaining({ line: 7, message: expect.stringContaining('图片') })]);
    expect(cache.get(body)).toBeUndefined();
    expect(cache.get('正文。\n')).toBeUndefined();
  });

  it('counts the editor’s note from its own first line, and leaves it out when there is none', async () => {
    const withNote = await issueContent(issueWith(BODY, 12, '编者的话。\n'));
    expect(withNote.note!.blocks[0]!.spans[0]).toEqual({ text: '编者的话。', role: 'body', line: 1 });
    expect((await issueContent(issueWith(BODY, 12))).note).toBeUndefined();
  });
});
