/**
 * The render pool is shared by the PDF and card steps; the search step's big
 * index waits until both have let go of it (renderPoolDrained), so that
 * Pagefind's memory and the drawing threads' memory are never held at once.
 */
import { describe, expect, it } from 'vitest';
import { acquireRenderPool, renderPoolDrained } from '../../src/build/render-pool.ts';

/** Whether a promise has settled, after everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
}

describe('renderPoolDrained', () => {
  it('settles at once when no step holds the pool', async () => {
    expect(await settled(renderPoolDrained())).toBe(true);
  });

  it('waits for the last of the steps that hold the pool, not the first', async () => {
    const pdfs = acquireRenderPool();
    const cards = acquireRenderPool();
    const drained = renderPoolDrained();
    await pdfs.release();
    expect(await settled(drained)).toBe(false);
    await pdfs.release(); // a second release of the same hold changes nothing
    expect(await settled(drained)).toBe(false);
    await cards.release();
    expect(await settled(drained)).toBe(true);
    expect(await settled(renderPoolDrained())).toBe(true);
  });
});
