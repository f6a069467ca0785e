/**
 * A value a command line keeps in a file for its next run (the YAML and
 * archive caches): written whole or not at all, and read back only when it
 * is what this code writes. Neither ever fails the command: a cache that
 * cannot be read or written only means doing the work again.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

/** What `file` holds, if it is there, whole, and passes `isKept`. */
export function readKept<T>(file: string, isKept: (value: unknown) => value is T): T | undefined {
  try {
    const value: unknown = deserialize(readFileSync(file));
    return isKept(value) ? value : undefined;
  } catch {
    return undefined; // none yet, or damaged
  }
}

/** Writes `value()` to `file` through a temporary file, so that a reader never sees half of it. */
export function writeKept(file: string, value: () => unknown): void {
  try {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, serialize(value()));
    renameSync(temp, file);
  } catch {
    // Not kept: a read-only folder, a file gone since it was checked.
  }
}
