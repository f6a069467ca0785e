/**
 * Parsed YAML kept between runs of a command line, by exact text
 * (text-cache.ts). In a fresh process, parsing is the dearest step of
 * loading the archive: regions.yaml alone (10 KB) costs the `yaml` package
 * ~28 ms, and the vocabularies and nearly all frontmatter are the same from
 * one print to the next. Only clean parses are kept. With the data go the
 * lines of its fields, for the mistakes the rules find in it.
 */
import { openTextCache } from './text-cache.ts';
import type { YamlCache, YamlPositions } from './yaml-source.ts';

export interface StoredYamlCache extends YamlCache {
  /** Writes what this run read, if that differs from what the file holds. Never throws. */
  save(): void;
}

interface Entry {
  data: unknown;
  positions: YamlPositions;
}

export function openYamlCache(file: string): StoredYamlCache {
  const cache = openTextCache(file, isEntry);
  return {
    get: (text) => cache.get(text),
    set: (text, data, positions) => cache.set(text, { data, positions }),
    save: () => cache.save(),
  };
}

function isEntry(value: unknown): value is Entry {
  return !!value && typeof value === 'object' && 'data' in value && 'positions' in value && value.positions instanceof Map;
}
