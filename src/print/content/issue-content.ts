/**
 * The blocks of an issue's Markdown texts, its editor's note and each
 * article's body, ready for layout. Given a cache (`npm run print` keeps one
 * between runs, beside the archive's), a text printed before is not parsed
 * again, and the Markdown parser is not even loaded unless some text is new:
 * in a fresh process, parsing an issue cost ~7 ms. Blocks are kept by the
 * text alone, with lines counted from its first line, so that an edit above
 * the body (the frontmatter) does not make it new. Only texts that print
 * cleanly are kept.
 */
import type { Root } from 'mdast';
import type { Article, Issue } from '../../core/model.ts';
import { openTextCache, type TextCache } from '../../core/load/text-cache.ts';
import { blocksOf, type Blocks } from './blocks.ts';

export interface IssueContent {
  note: Blocks | undefined;
  /** One per article, in the issue's order. */
  articles: Blocks[];
}

export type BlocksCache = TextCache<Blocks>;

export function openBlocksCache(file: string): BlocksCache {
  return openTextCache(file, isBlocks);
}

/** The Markdown of an issue: its editor's note (empty when none) and its articles' bodies. */
export type IssueTexts = Pick<Issue, 'note'> & { articles: readonly Pick<Article, 'body' | 'bodyStartLine'>[] };

export async function issueContent(issue: IssueTexts, cache?: BlocksCache): Promise<IssueContent> {
  let parse: ((markdown: string) => Root) | undefined;
  const blocks = async (markdown: string, startLine: number): Promise<Blocks> => {
    let kept = cache?.get(markdown);
    if (!kept) {
      parse ??= (await import('../../core/markdown.ts')).parseMarkdown;
      kept = blocksOf(parse(markdown), 1);
      if (kept.problems.length === 0) cache?.set(markdown, kept);
    }
    return fromLine(kept, startLine);
  };
  const note = issue.note ? await blocks(issue.note, 1) : undefined;
  const articles: Blocks[] = [];
  for (const a of issue.articles) articles.push(await blocks(a.body, a.bodyStartLine));
  return { note, articles };
}

/** Blocks whose lines count from 1, moved to start at file line `startLine`. */
function fromLine({ blocks, problems }: Blocks, startLine: number): Blocks {
  if (startLine === 1) return { blocks, problems };
  const by = startLine - 1;
  return {
    blocks: blocks.map((b) => ({ ...b, spans: b.spans.map((s) => ({ ...s, line: s.line + by })) })),
    problems: problems.map((p) => ({ ...p, line: p.line + by })),
  };
}

function isBlocks(value: unknown): value is Blocks {
  return !!value && typeof value === 'object' && 'blocks' in value && 'problems' in value && Array.isArray(value.blocks) && Array.isArray(value.problems);
}
