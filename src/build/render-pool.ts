/**
 * PDFs and cards are independent of each other and of the pages, so they are
 * drawn in worker threads (piscina), one per core, while Astro renders the
 * pages on the main thread. The PDF and card steps share one pool: it opens
 * with the first and closes when the last lets go.
 * `JIANBAO_THREADS` sets the number of workers (the bench compares 1 and 2).
 */
import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import type { RenderOutput, RenderTask } from './render-worker.ts';

let pool: Piscina | undefined;
let users = 0;
/** Waiting for the pool to drain (renderPoolDrained), and the last closing of its threads. */
let drained: PromiseWithResolvers<void> | undefined;
let stopped: Promise<void> = Promise.resolve();

export function renderThreads(): number {
  const wanted = Number(process.env.JIANBAO_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : Math.max(1, Math.min(2, availableParallelism()));
}

export interface RenderPool {
  run(task: RenderTask): Promise<RenderOutput>;
  release(): Promise<void>;
}

/** The shared pool; its threads start with the first task, so a build served from the cache starts none. */
export function acquireRenderPool(): RenderPool {
  users++;
  let released = false;
  return {
    run: (task) => {
      const threads = renderThreads();
      pool ??= new Piscina({
        filename: new URL('./render-worker.ts', import.meta.url).href,
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: 60_000,
        // Between tasks a worker must return to its event loop: resvg's images are freed by finalizers that
        // run there. Piscina's default ('sync') keeps the worker in Atomics.wait, and memory grows by gigabytes.
        atomics: 'disabled',
        // V8 lets each isolate's young generation grow to 128 MB; a worker's tasks keep little alive between
        // them, so a small one costs a few more scavenges and saves ~100 MB per worker (npm run bench).
        resourceLimits: { maxYoungGenerationSizeMb: 24 },
      });
      return pool.run(task) as Promise<RenderOutput>;
    },
    release: async () => {
      if (released) return;
      released = true;
      if (--users > 0) return;
      const closing = pool;
      pool = undefined;
      // Whatever becomes of the threads, nobody waits for them in vain (a failed destroy is the caller's error).
      const destroying = closing?.destroy() ?? Promise.resolve();
      stopped = destroying.catch(() => undefined);
      try {
        await destroying;
      } finally {
        drained?.resolve();
        drained = undefined;
      }
    },
  };
}

/**
 * Settles once every step that acquired the pool has let go and its threads
 * have stopped (at once when none holds it). For work that would, together
 * with the drawing, take more memory than the build should.
 */
export function renderPoolDrained(): Promise<void> {
  if (users === 0) return stopped;
  drained ??= Promise.withResolvers<void>();
  return drained.promise;
}
