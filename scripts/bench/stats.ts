import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const max = (xs: readonly number[]): number => xs.reduce((a, b) => Math.max(a, b), -Infinity);

/** Collects garbage between runs so one run's litter is not billed to the next. */
setFlagsFromString('--expose-gc');
const gcFn = runInNewContext('gc') as () => void;
export const collectGarbage = (): void => gcFn();

export async function timed<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

export const MB = 1024 * 1024;
export const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
export const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
export const perSecond = (n: number, msTaken: number) => (n / (msTaken / 1000));
export const grouped = (n: number) => Math.round(n).toLocaleString('en-US');

/** A plain-text table; columns sized to their widest cell. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
