import { readdirSync, readFileSync } from 'node:fs';

/** Linux clock ticks per second (`getconf CLK_TCK`), the unit of /proc/<pid>/stat times. */
const TICKS_PER_S = 100;

interface ProcStat {
  ppid: number;
  cpuMs: number;
  /** CPU of children already waited for. */
  childrenCpuMs: number;
}

function statOf(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The name in parentheses may hold spaces; the fields after it are fixed.
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const ms = (i: number) => (Number(f[i]) * 1000) / TICKS_PER_S;
  return {
    ppid: Number(f[1]),
    cpuMs: ms(11) + ms(12),
    childrenCpuMs: ms(13) + ms(14),
  };
}

/**
 * CPU time (user + system, all threads) of every live process under `root`, skipping the
 * subtrees of `skip`: Chromium's browser, renderer, GPU and worker threads together, without
 * the preview server. Resolution 10 ms.
 */
export function treeCpuMs(root: number, skip: readonly number[] = []): number {
  const stats = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = statOf(pid);
    if (s) stats.set(pid, s);
  }
  const children = new Map<number, number[]>();
  for (const [pid, s] of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  let total = 0;
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      if (skip.includes(child)) continue;
      total += stats.get(child)!.cpuMs;
      walk(child);
    }
  };
  walk(root);
  return total;
}

/** CPU of this process's children that have exited and been waited for. */
export const waitedChildrenCpuMs = (): number => statOf(process.pid)?.childrenCpuMs ?? 0;
