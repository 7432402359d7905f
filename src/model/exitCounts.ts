import type { VillageExit } from '../data/types';
import type { RegionIndex } from './regionIndex';
import { SLICE_ROWS, type Sliced } from './sliced';

/** Village exit counts for one region's whole subtree. */
export interface ExitCounts {
  villages: number;
  plannedByYear: Map<number, number>;
  exitedByYear: Map<number, number>;
  /** Villages marked exited without a date: counted, never placed on a year. */
  exitedUndated: number;
  /** The counties whose own village lists the counts roll up. */
  counties: Set<string>;
}

const empty = (): ExitCounts => ({
  villages: 0,
  plannedByYear: new Map(),
  exitedByYear: new Map(),
  exitedUndated: 0,
  counties: new Set(),
});

const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Rolls every village up to all its ancestors once, on load, so a region switch reads a
 * ready total instead of re-scanning 128,000 rows. The chain of ancestors is looked up once
 * per township, not once per village.
 */
export function* aggregateExits(
  index: RegionIndex,
  exits: readonly VillageExit[],
): Sliced<Map<string, ExitCounts>> {
  const out = new Map<string, ExitCounts>();
  const chains = new Map<string, ExitCounts[]>();
  // A township lies in one county: its chain records that county once, not once per village.
  const chainFrom = (start: string, county: string) => {
    const chain: ExitCounts[] = [];
    let code: string | null = start;
    for (let hops = 0; code !== null && hops < 8; hops++) {
      let c = out.get(code);
      if (!c) out.set(code, (c = empty()));
      c.counties.add(county);
      chain.push(c);
      code = index.get(code)?.parentCode ?? null;
    }
    chains.set(start, chain);
    return chain;
  };
  for (let i = 0; i < exits.length; i++) {
    if (i % SLICE_ROWS === 0) yield;
    const v = exits[i]!;
    const exitYear =
      v.status === 'exited' && v.actualExitDate ? Number(v.actualExitDate.iso.slice(0, 4)) : null;
    const start = index.get(v.villageCode)?.parentCode ?? v.countyCode;
    const chain = chains.get(start) ?? chainFrom(start, v.countyCode);
    for (const c of chain) {
      c.villages++;
      if (v.plannedExitYear !== null) bump(c.plannedByYear, v.plannedExitYear);
      if (exitYear !== null) bump(c.exitedByYear, exitYear);
      else if (v.status === 'exited') c.exitedUndated++;
    }
  }
  return out;
}

export function countUpTo(byYear: ReadonlyMap<number, number>, year: number): number {
  let n = 0;
  for (const [y, count] of byYear) if (y <= year) n += count;
  return n;
}
