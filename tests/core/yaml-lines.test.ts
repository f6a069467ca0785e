/**
 * The lines parseYamlSource gives for field paths (from a table of every
 * field's position, which the YAML cache keeps) agree with walking the
 * parsed document down the path, for every field and for paths that lead
 * nowhere, on all the sample content and on awkward YAML.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseMarkdownSource } from '../../src/core/load/markdown-source.ts';
import { parseYamlSource, type FieldPath } from '../../src/core/load/yaml-source.ts';
import { openYamlCache } from '../../src/core/load/yaml-cache.ts';

/** The definition: walk the document down the path, stopping at the first step that is not there. */
function walked(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const line = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const locate = (path: FieldPath) => {
    let node = doc.contents as Node | null;
    let found: { value?: number; key?: number } = { value: node?.range?.[0] };
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const keyNode = pair.key as Node;
        const valueNode = pair.value as Node | null;
        found = { key: keyNode.range?.[0], value: valueNode?.range?.[0] ?? keyNode.range?.[0] };
        node = valueNode;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        found = { value: item.range?.[0] };
        node = item;
      } else break;
    }
    return found;
  };
  return {
    lineOf: (path: FieldPath) => line(locate(path).value),
    keyLineOf: (path: FieldPath) => {
      const f = locate(path);
      return line(f.key ?? f.value);
    },
  };
}

function paths(data: unknown, prefix: FieldPath = []): FieldPath[] {
  const here: FieldPath[] = [prefix, [...prefix, 'no-such-field'], [...prefix, 7], [...prefix, '0']];
  if (Array.isArray(data)) return [...here, ...data.flatMap((d, i) => paths(d, [...prefix, i]))];
  if (data && typeof data === 'object') return [...here, ...Object.entries(data).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

function yamlTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlTexts(path);
    if (/\.ya?ml$/.test(name)) return [readFileSync(path, 'utf8')];
    if (name.endsWith('.md')) {
      const text = readFileSync(path, 'utf8');
      return /^---\r?\n/.test(text) ? [text.split(/\r?\n---\r?\n/)[0]!.replace(/^---\r?\n/, '')] : [];
    }
    return [];
  });
}

const AWKWARD = [
  'title: |\n  多行\n  正文\norder: 1\n',
  'title:\n  下一行的值\nempty:\nlist:\n  - a\n  -\n  - { k: v, n: [1, 2] }\n',
  '{ flow: map, on: one line }\n',
  '"quoted key": 1\n\'single\': 2\n3: numeric key\n',
  'anchor: &a { x: 1 }\nalias: *a\nmerge:\n  <<: *a\n',
  '? [complex, key]\n: value\nplain: after\n',
  '# only a comment\n',
  '',
  'a: 1\na: 2\n',
  '- - nested\n  - seq\n- last\n',
];

describe('field lines', () => {
  const texts = [...yamlTexts('content'), ...yamlTexts('tests/fixtures'), ...AWKWARD];

  it('agree with walking the document, for every field and for paths that lead nowhere', () => {
    expect(texts.length).toBeGreaterThan(40);
    let checked = 0;
    for (const text of texts) {
      const source = parseYamlSource(text);
      const reference = walked(text);
      const data = source.data ?? parseDocument(text).toJS();
      for (const path of paths(data)) {
        expect([source.lineOf(path), source.keyLineOf(path)], `${JSON.stringify(path)} in\n${text.slice(0, 200)}`).toEqual([
          reference.lineOf(path),
          reference.keyLineOf(path),
        ]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });

  it('are the same from the YAML cache, without parsing again', () => {
    const cache = openYamlCache('/nonexistent/never-saved.bin');
    for (const text of texts) {
      const fresh = parseYamlSource(text, cache);
      const kept = parseYamlSource(text, cache);
      for (const path of paths(fresh.data ?? {})) expect(kept.keyLineOf(path)).toBe(fresh.keyLineOf(path));
    }
  });

  it('point into the file for frontmatter (the file line is the YAML line)', () => {
    const md = parseMarkdownSource('---\ntitle: 标题\ncommittee: 某委员会\n---\n正文\n');
    expect([md.frontmatter!.lineOf(['title']), md.frontmatter!.lineOf(['committee'])]).toEqual([2, 3]);
  });
});
