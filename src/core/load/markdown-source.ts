/**
 * Splits a Markdown file into frontmatter (with line positions) and body.
 * gray-matter finds the fences; the `yaml` package parses, so that every
 * field keeps its line.
 */
import matter from 'gray-matter';
import { parseYamlSource, type YamlCache, type YamlSource } from './yaml-source.ts';

export interface MarkdownSource {
  /** Undefined when the file has no frontmatter fences at all. */
  frontmatter: YamlSource | undefined;
  body: string;
  /** File line on which the body starts. */
  bodyStartLine: number;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parseMarkdownSource(rawText: string, yamlCache?: YamlCache): MarkdownSource {
  const text = normalizeNewlines(rawText);
  // Pass the raw YAML through untouched; gray-matter's own js-yaml would lose positions.
  const file = matter(text, { engines: { yaml: (s: string) => ({ __raw: s }) } });
  const hasFences = /^---[ \t]*\n/.test(text);
  const body = file.content;
  const bodyOffset = text.length - body.length;
  const bodyStartLine = text.slice(0, bodyOffset).split('\n').length;
  // `file.matter` starts right after the opening `---`, so its line N is the file's line N.
  const frontmatter = hasFences ? parseYamlSource(file.matter, yamlCache) : undefined;
  return { frontmatter, body, bodyStartLine };
}
