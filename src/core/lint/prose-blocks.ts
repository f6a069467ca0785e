/**
 * The prose of a Markdown body, block by block, as the reader reads it:
 * the text of a paragraph, heading or table cell joined across emphasis and
 * links, with inline code, raw HTML, images and bare URLs replaced by
 * PLACEHOLDER. Code blocks, HTML comments and link targets are never prose.
 * Every character keeps the offset in the body it came from, so a finding
 * can be reported, and fixed, where it is written.
 */
import type { Nodes, Parent, PhrasingContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../markdown.ts';
import { PLACEHOLDER } from './chars.ts';

export interface ProseBlock {
  text: string;
  /** For each UTF-16 index of `text`, the body offset of that character, or -1 when it has none. */
  offsets: number[];
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);

export function proseBlocks(body: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  visit(parseMarkdown(body), (node) => {
    if (!BLOCK_TYPES.has(node.type)) return;
    const block: ProseBlock = { text: '', offsets: [] };
    for (const child of (node as Parent).children as PhrasingContent[]) appendInline(child, body, block);
    blocks.push(block);
  });
  return blocks;
}

function appendInline(node: PhrasingContent, body: string, block: ProseBlock): void {
  switch (node.type) {
    case 'text':
      appendText(node, body, block);
      return;
    case 'break':
      append(block, '\n', -1);
      return;
    case 'link':
      if (isBareUrl(node.url, node.children)) append(block, PLACEHOLDER, -1);
      else for (const child of node.children) appendInline(child, body, block);
      return;
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'linkReference':
      for (const child of node.children) appendInline(child, body, block);
      return;
    default:
      // inlineCode, html, image, footnote references: present, but not prose.
      append(block, PLACEHOLDER, -1);
  }
}

/** An autolinked https://… or www.…: its text is the address itself. */
function isBareUrl(url: string, children: readonly Nodes[]): boolean {
  const only = children.length === 1 ? children[0] : undefined;
  return only?.type === 'text' && (url === only.value || url.endsWith(only.value));
}

function append(block: ProseBlock, text: string, offset: number): void {
  block.text += text;
  for (let i = 0; i < text.length; i++) block.offsets.push(offset < 0 ? -1 : offset + i);
}

/**
 * A text node's value is its source minus Markdown: backslash escapes,
 * character references, the `> ` and indentation of continuation lines.
 * Each character of the value is found in the source by scanning forward a
 * short way; one that is not there (a decoded &amp;) gets -1.
 */
function appendText(node: Text, body: string, block: ProseBlock): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) {
    append(block, node.value, -1);
    return;
  }
  const source = body.slice(start, end);
  let j = 0;
  for (const ch of node.value) {
    const k = findNear(source, ch, j);
    block.text += ch;
    for (let u = 0; u < ch.length; u++) block.offsets.push(k < 0 ? -1 : start + k + u);
    if (k >= 0) j = k + ch.length;
  }
}

/** How far past the expected place a character may be found: a character reference such as &quot; or &#12288;. */
const MAX_SKIP = 12;

function findNear(source: string, ch: string, from: number): number {
  const k = source.indexOf(ch, from);
  return k >= 0 && k - from <= MAX_SKIP ? k : -1;
}
