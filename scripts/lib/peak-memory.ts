/**
 * Peak memory of a child process and everything it starts, for benchmarks
 * whose peers are not Node (Hugo): spawnSync and process.memoryUsage() only
 * see this process, so we sample the resident set of the child's process
 * tree from /proc on a timer while it runs. Linux only; elsewhere the peak
 * reads 0. Sampling can miss a spike shorter than the interval, so the
 * figure is a lower bound, made tighter with each process's VmHWM (its own
 * high-water mark, which the kernel keeps between our samples).
 */
import { StringDecoder } from 'node:string_decoder';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessMemory {
  /** Resident set now, bytes. */
  rss: number;
  /** Highest resident set so far, bytes. */
  hwm: number;
}

/** Reads a file under /proc, or undefined when the process has gone meanwhile. */
function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** rootPid and all its descendants, found through each process's parent in /proc/<pid>/stat. */
function treePids(rootPid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    if (!stat) continue;
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]!) ?? []));
  return pids;
}

function memoryOf(pid: number): ProcessMemory | undefined {
  const status = readProc(`/proc/${pid}/status`);
  if (!status) return undefined;
  const kB = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0) * 1024;
  return { rss: kB('VmRSS'), hwm: kB('VmHWM') };
}

function sampleTree(rootPid: number): { rss: number; hwm: number } {
  let rss = 0;
  let hwm = 0;
  for (const pid of treePids(rootPid)) {
    const m = memoryOf(pid);
    if (!m) continue;
    rss += m.rss;
    hwm = Math.max(hwm, m.hwm);
  }
  return { rss, hwm };
}

/** Sum of VmRSS in bytes over rootPid and its descendants; 0 once the tree has exited. */
export function sampleTreeRss(rootPid: number): number {
  return sampleTree(rootPid).rss;
}

/** Samples the tree every intervalMs; stop() takes a last sample and returns the peak in MB. */
export function watchPeakMemory(rootPid: number, intervalMs = 100): { stop(): number } {
  let peak = 0;
  const sample = () => {
    const { rss, hwm } = sampleTree(rootPid);
    // Both the summed RSS and any one process's high-water mark are reached at some moment.
    peak = Math.max(peak, rss, hwm);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return Math.round(peak / 2 ** 20);
    },
  };
}

export interface MeasuredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakMemoryMB: number;
  /** Each line of stdout with the seconds since the start at which it arrived (for stage times). */
  lines: { at: number; text: string }[];
}

/** Runs a command to its end, with wall time and the peak resident memory of its process tree. */
export function spawnMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const watch = child.pid === undefined ? undefined : watchPeakMemory(child.pid, 50);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const lines: MeasuredRun['lines'] = [];
    let partial = '';
    const decoder = new StringDecoder('utf8'); // a chunk may end inside a character
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      const at = (performance.now() - started) / 1000;
      const parts = (partial + decoder.write(chunk)).split('\n');
      partial = parts.pop()!;
      for (const text of parts) lines.push({ at, text });
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let seconds = 0;
    let peakMemoryMB = 0;
    child.on('exit', () => {
      seconds = (performance.now() - started) / 1000;
      peakMemoryMB = watch?.stop() ?? 0;
    });
    child.on('error', (error) => {
      watch?.stop();
      reject(error);
    });
    // 'close' comes after 'exit', once the output pipes are drained.
    child.on('close', (status) => {
      if (partial) lines.push({ at: seconds, text: partial });
      resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), seconds, peakMemoryMB, lines });
    });
  });
}
