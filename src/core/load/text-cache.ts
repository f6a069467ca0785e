/**
 * What a command line worked out from a text, kept in a file between runs
 * by the exact text (parsed YAML, print blocks from Markdown). An edited
 * text is worked out again; the file holds what the last run used, no more;
 * an entry this code does not recognise is a miss. Callers keep only clean
 * results, so that a mistake is reported afresh every time, and name the
 * file per version of the code (the launcher's bundle checksum), so that a
 * change to a parser never meets old results.
 */
import { deserialize, serialize } from 'node:v8';
import { readKept, writeKept } from './kept-file.ts';

export interface TextCache<T> {
  /** A fresh copy of what was kept for `text` (nobody else holds it). */
  get(text: string): T | undefined;
  set(text: string, value: T): void;
  /** Writes what this run used, if that differs from what the file holds. Never throws: a cache that cannot be written is only slower. */
  save(): void;
}

export function openTextCache<T>(file: string, isEntry: (value: unknown) => value is T): TextCache<T> {
  const stored = readKept(file, isStore) ?? new Map<string, Uint8Array>();
  // Each text's value serialized on its own: every get() deserializes a copy.
  const used = new Map<string, Uint8Array>();
  let added = false;
  return {
    get(text) {
      const bytes = used.get(text) ?? stored.get(text);
      if (!bytes) return undefined;
      const value = readEntry(bytes, isEntry);
      if (value !== undefined) used.set(text, bytes);
      return value;
    },
    set(text, value) {
      used.set(text, serialize(value));
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

function readEntry<T>(bytes: Uint8Array, isEntry: (value: unknown) => value is T): T | undefined {
  try {
    const value: unknown = deserialize(bytes);
    return isEntry(value) ? value : undefined;
  } catch {
    return undefined; // damaged: a miss
  }
}
