/**
 * From an article's Markdown tree to the blocks the print edition can set:
 * paragraphs of styled spans. What print cannot set (images, tables, code,
 * quotes, nested lists, raw HTML) is an error with its line, never dropped.
 * Parsing is left to the caller (issue-content.ts), which keeps blocks
 * between runs and so needs no parser when the text has not changed.
 */
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { FontRole } from '../fonts/roles.ts';

export interface Span {
  text: string;
  role: FontRole;
  /** File line the text came from. */
  line: number;
}

export interface Block {
  spans: Span[];
  /** Body paragraphs indent two cells; list items and continuation lines do not. */
  indent: boolean;
  /** List marker set before the text with a hanging indent (“1.”, “•”). */
  marker?: string;
}

export interface PrintProblem {
  line: number;
  message: string;
  fix: string;
}

const UNSUPPORTED: Record<string, string> = {
  image: '图片',
  imageReference: '图片',
  table: '表格',
  code: '代码块',
  blockquote: '引用块',
  html: 'HTML 标记',
  thematicBreak: '分隔线',
  delete: '删除线',
  footnoteReference: '脚注',
  footnoteDefinition: '脚注',
  definition: '链接定义',
  yaml: 'YAML 块',
};

export interface Blocks {
  blocks: Block[];
  problems: PrintProblem[];
}

/** `bodyStartLine` maps the tree's Markdown lines back to file lines. */
export function blocksOf(tree: Root, bodyStartLine: number): Blocks {
  const blocks: Block[] = [];
  const problems: PrintProblem[] = [];
  const lineOf = (node: Nodes) => bodyStartLine + (node.position?.start.line ?? 1) - 1;
  const unsupported = (node: Nodes) =>
    problems.push({
      line: lineOf(node),
      message: `印刷版无法排出${UNSUPPORTED[node.type] ?? `“${node.type}”`}`,
      fix: '改为普通段落文字，或删去；图片和表格暂不支持印刷',
    });

  const inline = (nodes: PhrasingContent[], role: FontRole, out: Span[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          out.push({ text: node.value.replace(/\s*\n\s*/g, joinLines(node.value)), role, line: lineOf(node) });
          break;
        case 'strong':
          inline(node.children, 'heiti', out);
          break;
        case 'emphasis':
          inline(node.children, role === 'body' ? 'emphasis' : role, out);
          break;
        case 'link': {
          inline(node.children, role, out);
          const label = node.children.map((c) => ('value' in c ? c.value : '')).join('');
          if (node.url && node.url !== label) out.push({ text: `（${node.url}）`, role, line: lineOf(node) });
          break;
        }
        case 'break':
          out.push({ text: '\n', role, line: lineOf(node) });
          break;
        default:
          unsupported(node);
      }
    }
  };

  const paragraph = (node: Paragraph, indent: boolean, marker?: string) => {
    const spans: Span[] = [];
    inline(node.children, 'body', spans);
    // A forced line break starts a new line without indent.
    let current: Span[] = [];
    let first = true;
    const flush = () => {
      if (current.length) blocks.push({ spans: current, indent: first && indent, ...(first && marker ? { marker } : {}) });
      current = [];
      first = false;
    };
    for (const span of spans) {
      if (span.text === '\n') flush();
      else current.push(span);
    }
    flush();
  };

  const list = (node: List) => {
    node.children.forEach((item: ListItem, i) => {
      const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '•';
      item.children.forEach((child, k) => {
        if (child.type === 'paragraph') paragraph(child, false, k === 0 ? marker : undefined);
        else if (child.type === 'list') problems.push({ line: lineOf(child), message: '印刷版不支持嵌套列表', fix: '把嵌套的列表项改为上一级列表项或普通段落' });
        else unsupported(child);
      });
    });
  };

  for (const node of tree.children as RootContent[]) {
    if (node.type === 'paragraph') paragraph(node, true);
    else if (node.type === 'list') list(node);
    else if (node.type === 'heading') {
      const spans: Span[] = [];
      inline(node.children, 'heiti', spans);
      blocks.push({ spans, indent: false });
    } else unsupported(node);
  }
  return { blocks, problems };
}

/** Soft line breaks inside a paragraph: nothing between Chinese characters, a space between Latin words. */
function joinLines(value: string): (match: string, offset: number) => string {
  return (match, offset) => {
    const before = value[offset - 1] ?? '';
    const after = value[offset + match.length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  };
}
