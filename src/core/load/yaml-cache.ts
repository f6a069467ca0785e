/**
 * Parsed YAML kept in a file between runs of a command line, by exact text.
 * In a fresh process, parsing is the dearest step of loading the archive:
 * regions.yaml alone (10 KB) costs the `yaml` package ~28 ms, and the
 * vocabularies and nearly all frontmatter are the same from one print to
 * the next. Entries are keyed by the whole text, so an edited file is
 * parsed again; only clean parses are kept, so a mistake is reported afresh
 * every time; the file holds what the last run read, no more. With the data
 * go the lines of its fields, for the mistakes the rules find in it.
 *
 * The caller names the file per version of the code (the launcher's bundle
 * checksum): a change to the parser or its options never meets old results.
 */
import { deserialize, serialize } from 'node:v8';
import { readKept, writeKept } from './kept-file.ts';
import type { YamlCache, YamlPositions } from './yaml-source.ts';

export interface StoredYamlCache extends YamlCache {
  /** Writes what this run read, if that differs from what the file holds. Never throws: a cache that cannot be written is only slower. */
  save(): void;
}

export function openYamlCache(file: string): StoredYamlCache {
  const stored = readKept(file, isStore) ?? new Map<string, Uint8Array>();
  // Each text's data serialized on its own: every get() hands out a copy nobody else holds.
  const used = new Map<string, Uint8Array>();
  let added = false;
  return {
    get(text) {
      const bytes = used.get(text) ?? stored.get(text);
      if (!bytes) return undefined;
      const kept = readEntry(bytes);
      // An entry that is not what this code writes is a miss (and is not kept).
      if (kept) used.set(text, bytes);
      return kept;
    },
    set(text, data, positions) {
      used.set(text, serialize({ data, positions }));
      added = true;
    },
    save() {
      if (!added && used.size === stored.size) return;
      writeKept(file, () => used);
    },
  };
}

function isStore(value: unknown): value is Map<string, Uint8Array> {
  return value instanceof Map && [...value].every(([k, v]) => typeof k === 'string' && v instanceof Uint8Array);
}

function readEntry(bytes: Uint8Array): { data: unknown; positions: YamlPositions } | undefined {
  try {
    const entry: unknown = deserialize(bytes);
    if (entry && typeof entry === 'object' && 'data' in entry && 'positions' in entry && entry.positions instanceof Map) {
      return entry as { data: unknown; positions: YamlPositions };
    }
  } catch {
    // Damaged: a miss.
  }
  return undefined;
}
