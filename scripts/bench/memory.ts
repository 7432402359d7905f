import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MB } from './stats';

export interface LoadMemory {
  coldReadMs: number;
  coldTotalMs: number;
  coldCpuMs: number;
  baselineRss: number;
  baselineHeap: number;
  /** Max of process.memoryUsage() samples (between awaits and at phase ends). */
  sampledRss: number;
  sampledHeap: number;
  /** Heap in use after the model is built: what stays for the session. */
  retainedHeap: number;
  /** process.resourceUsage().maxRSS: the true peak, in bytes. */
  maxRss: number;
  /** Largest heap in use just before a GC (V8 --trace-gc): the peak the samples cannot see. */
  gcPeakHeap: number;
}

const CHILD = fileURLToPath(new URL('./loadOnce.ts', import.meta.url));
const GC_LINE = /(\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) -> (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) MB/;

/** One cold load in a fresh process (same tsx loader as this one), with its memory. */
export function measureColdLoad(folder: string): LoadMemory {
  const child = spawnSync(process.execPath, [...process.execArgv, '--trace-gc', CHILD, folder], {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  const lines = child.stdout.split('\n');
  const json = lines.find((l) => l.startsWith('BENCH_RESULT '));
  if (child.status !== 0 || !json)
    throw new Error(`load child failed (${child.status}): ${child.stderr}`);
  let gcPeakHeap = 0;
  for (const l of lines) {
    const m = GC_LINE.exec(l);
    if (m) gcPeakHeap = Math.max(gcPeakHeap, Number(m[1]) * MB);
  }
  const r = JSON.parse(json.slice('BENCH_RESULT '.length)) as Omit<LoadMemory, 'gcPeakHeap'>;
  return { ...r, gcPeakHeap: Math.max(gcPeakHeap, r.sampledHeap) };
}
