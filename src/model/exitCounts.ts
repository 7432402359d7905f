import type { ColumnTable } from '../data/columnTable';
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

const bump = (m: Map<number, number>, k: number, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** The year of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), without cutting a string from it. */
const yearOf = (iso: string): number =>
  (iso.charCodeAt(0) - 48) * 1000 +
  (iso.charCodeAt(1) - 48) * 100 +
  (iso.charCodeAt(2) - 48) * 10 +
  (iso.charCodeAt(3) - 48);

/** Adds one run's counts (its counties are already in the chain). */
function addInto(into: ExitCounts, run: ExitCounts): void {
  into.villages += run.villages;
  into.exitedUndated += run.exitedUndated;
  for (const [y, n] of run.plannedByYear) bump(into.plannedByYear, y, n);
  for (const [y, n] of run.exitedByYear) bump(into.exitedByYear, y, n);
}

/**
 * Rolls every village up to all its ancestors once, on load, so a region switch reads a
 * ready total instead of re-scanning 128,000 rows. The chain of ancestors is looked up once
 * per township, not once per village.
 */
export function* aggregateExits(
  index: RegionIndex,
  exits: ColumnTable<VillageExit>,
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
      code = index.parentCode(code);
    }
    chains.set(start, chain);
    return chain;
  };
  const [status, exitDate, planned, county] = [
    exits.text('status'),
    exits.date('actualExitDate'),
    exits.number('plannedExitYear'),
    exits.text('countyCode'),
  ];
  // Each village's row in the regions table, as validation found it: no lookup by code, and
  // the page never makes the 128,000 village codes' strings for it.
  const villageRow = exits.links.get('villageCode');
  const parentOf = (i: number) => {
    const row = villageRow?.[i] ?? -1;
    return row >= 0 ? index.parentCodeAt(row) : index.parentCode(exits.text('villageCode')[i]!);
  };
  // Villages come in runs of one township: a run is counted on its own, then added to each
  // region of its chain once, not village by village.
  let run = empty();
  let runChain: ExitCounts[] | null = null;
  const flush = () => {
    if (runChain) for (const c of runChain) addInto(c, run);
    run = empty();
  };
  let runStart: string | null = null;
  for (let i = 0; i < exits.length; i++) {
    if (i % SLICE_ROWS === 0) yield;
    const countyCode = county[i]!;
    const start = parentOf(i) ?? countyCode;
    if (start !== runStart) {
      flush();
      runStart = start;
      runChain = chains.get(start) ?? chainFrom(start, countyCode);
    }
    const exited = status[i] === 'exited';
    const date = exitDate[i];
    const plannedYear = planned[i]!;
    run.villages++;
    if (!Number.isNaN(plannedYear)) bump(run.plannedByYear, plannedYear);
    if (exited && date) bump(run.exitedByYear, yearOf(date));
    else if (exited) run.exitedUndated++;
  }
  flush();
  return out;
}

export function countUpTo(byYear: ReadonlyMap<number, number>, year: number): number {
  let n = 0;
  for (const [y, count] of byYear) if (y <= year) n += count;
  return n;
}
