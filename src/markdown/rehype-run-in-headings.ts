/**
 * rehype plugin: marks the run-in point headings of a report. Editors write
 * `**一、聚焦提质增效。**正文……`; the bold lead sentence of a paragraph that
 * starts with a point number (一、 / （一） / 一是) gets class `run-in`, so
 * that the site (and print) can set it in the 黑体 role.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const POINT_NUMBER = /^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|[一二三四五六七八九十百]+是)/;

export function isPointHeading(text: string): boolean {
  return POINT_NUMBER.test(text);
}

export default function rehypeRunInHeadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p') return;
      const first = node.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
      if (!first || first.type !== 'element' || first.tagName !== 'strong') return;
      if (!isPointHeading(textOf(first))) return;
      const existing = first.properties.className;
      const classes = Array.isArray(existing) ? existing.map(String) : [];
      first.properties.className = [...classes, 'run-in'];
    });
  };
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}
