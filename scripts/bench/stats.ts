import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const max = (xs: readonly number[]): number =>
  xs.reduce((a, b) => Math.max(a, b), -Infinity);
export const min = (xs: readonly number[]): number => xs.reduce((a, b) => Math.min(a, b), Infinity);

/** Collects garbage between runs so one run's litter is not billed to the next. */
setFlagsFromString('--expose-gc');
const gcFn = runInNewContext('gc') as () => void;
export const collectGarbage = (): void => gcFn();

/** Wall and CPU time of each run of a step, in ms. */
export interface Timings {
  wall: number[];
  cpu: number[];
}

export const timings = (): Timings => ({ wall: [], cpu: [] });

/**
 * Runs `fn` and records its wall time and the process's CPU time (all threads, so GC helper
 * threads count): on a shared machine the CPU time still says what the work costs.
 */
export async function timed<T>(into: Timings | null, fn: () => T | Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  into?.wall.push(wall);
  into?.cpu.push((used.user + used.system) / 1000);
  return value;
}

export const MB = 1024 * 1024;
export const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
export const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
export const grouped = (n: number) => Math.round(n).toLocaleString('en-US');
export const rate = (n: number, msTaken: number) => grouped(n / (msTaken / 1000));
export const mbPerS = (bytes: number, msTaken: number) =>
  (bytes / MB / (msTaken / 1000)).toFixed(1);

/** A plain-text table; columns sized to their widest cell. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
