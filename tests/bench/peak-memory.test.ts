/**
 * The benchmark's memory figure for child processes (the Hugo peer): a child
 * that holds ~200 MB is seen holding it, and its exit status and output come
 * back. No timing assertions.
 */
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { sampleTreeRss, spawnMeasured } from '../../scripts/lib/peak-memory.ts';

// Buffer.alloc with a fill value writes every page, so all 200 MB are resident; the timer keeps it alive.
const ALLOCATE = 'const a = Buffer.alloc(200e6, 1); console.log("已分配", a.length); setTimeout(() => { process.exitCode = 3; }, 600);';

describe.runIf(process.platform === 'linux')('spawnMeasured', () => {
  it('reports the peak resident memory, exit status and output of the child', async () => {
    const run = await spawnMeasured(process.execPath, ['-e', ALLOCATE], { cwd: tmpdir() });
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('已分配 200000000\n');
    expect(run.stderr).toBe('');
    expect(run.peakMemoryMB).toBeGreaterThanOrEqual(150);
    expect(run.seconds).toBeGreaterThan(0);
  });

  it('reads this process from /proc and nothing once a process has gone', () => {
    expect(sampleTreeRss(process.pid)).toBeGreaterThan(10 * 2 ** 20);
    expect(sampleTreeRss(2 ** 22 + 1)).toBe(0);
  });
});
