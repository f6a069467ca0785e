/**
 * Compressing on Node's thread pool while the main thread draws. zlib's
 * async API hands its output back in chunks (16 KB by default), and each
 * chunk waits for the main thread before the next one is compressed: while
 * the pages were being drawn, a font file's compression all but stalled and
 * finished only after. One chunk as large as the input can need (deflate
 * never grows data by more than a few bytes per 16 KB) makes it a single
 * round trip.
 *
 * Level 1 (fastest): the body font's file is the longest job, and the
 * drawing waited about 4 ms for it at the default level 6, 2 ms at level 1,
 * for a PDF 4% larger (173 KB for a 6-page issue; Typst's is 194 KB).
 */
import { deflate } from 'node:zlib';

export function deflateOffThread(data: Uint8Array): Promise<Buffer> {
  const options = { level: 1, chunkSize: Math.max(64 * 1024, data.length + (data.length >> 10) + 1024) };
  return new Promise((resolve, reject) => deflate(data, options, (error, out) => (error ? reject(error) : resolve(out))));
}
