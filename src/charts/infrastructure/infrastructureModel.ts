import { UNITS, type Infrastructure, type Period, type Region, type Unit } from '../../data/types';
import type { DashboardModel } from '../../model/dashboardModel';
import { comparePeriods, periodKey, slotKeys } from '../../model/funds';

/** One category in one period: its actual and target side by side, either may be missing. */
export interface InfraSlot {
  key: string;
  category: string;
  period: Period;
  actual: Infrastructure | null;
  target: Infrastructure | null;
}

/** Rows that share a unit, and so may share a value axis. */
export interface InfraUnitGroup {
  unit: Unit;
  slots: InfraSlot[];
}

const byUnit = (a: Unit, b: Unit) => UNITS.indexOf(a) - UNITS.indexOf(b);

/** The region's infrastructure rows, one group per unit; categories keep their first-seen order. */
export function infrastructureByUnit(rows: readonly Infrastructure[]): InfraUnitGroup[] {
  const firstSeen = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!firstSeen.has(r.category)) firstSeen.set(r.category, i);
  });
  const keys = slotKeys(
    rows,
    (r) => `${r.unit}|${r.category}|${periodKey(r.period)}`,
    (r) => r.measure,
  );
  const groups = new Map<Unit, Map<string, InfraSlot>>();
  for (const r of rows) {
    let slots = groups.get(r.unit);
    if (!slots) groups.set(r.unit, (slots = new Map()));
    const key = keys.get(r)!;
    let slot = slots.get(key);
    if (!slot)
      slots.set(
        key,
        (slot = { key, category: r.category, period: r.period, actual: null, target: null }),
      );
    slot[r.measure] = r;
  }
  return [...groups.entries()]
    .sort(([a], [b]) => byUnit(a, b))
    .map(([unit, slots]) => ({
      unit,
      slots: [...slots.values()].sort(
        (a, b) =>
          firstSeen.get(a.category)! - firstSeen.get(b.category)! ||
          comparePeriods(a.period, b.period),
      ),
    }));
}

/** One category measured in the same unit by several children of a region. */
export interface ChildComparison {
  category: string;
  unit: Unit;
  entries: Array<{ region: Region; row: Infrastructure }>;
}

export interface ChildComparisons {
  comparisons: ChildComparison[];
  /** Children with any actual infrastructure row: tells "nothing to compare" from "no data below". */
  childrenWithData: number;
}

/**
 * A child's latest actual row of each category and unit; the narrower period wins. A child
 * with several rows for one category in that period (three crops under `planting`) has no
 * single figure to compare, so it is left out rather than one row picked or all summed.
 */
function latest(rows: readonly Infrastructure[]): Map<string, Infrastructure> {
  const best = new Map<string, Infrastructure[]>();
  for (const r of rows) {
    if (r.measure !== 'actual') continue;
    const key = `${r.category}|${r.unit}`;
    const held = best.get(key)?.[0];
    const cmp = held ? r.period.end - held.period.end || r.period.start - held.period.start : 1;
    if (cmp > 0) best.set(key, [r]);
    else if (cmp === 0) best.get(key)!.push(r);
  }
  const out = new Map<string, Infrastructure>();
  for (const [key, list] of best) if (list.length === 1) out.set(key, list[0]!);
  return out;
}

/**
 * Categories whose key and unit both match in at least two children: the only figures that
 * can be set side by side without comparing different things.
 */
export function childComparisons(
  model: DashboardModel,
  code: string,
  keep: (category: string) => boolean = () => true,
): ChildComparisons {
  const byKey = new Map<string, ChildComparison>();
  let childrenWithData = 0;
  for (const region of model.regions.children(code)) {
    const own = model.facts(region.code).infrastructure.filter((r) => keep(r.category));
    if (own.some((r) => r.measure === 'actual')) childrenWithData++;
    const rows = latest(own);
    for (const [key, row] of rows) {
      let c = byKey.get(key);
      if (!c) byKey.set(key, (c = { category: row.category, unit: row.unit, entries: [] }));
      c.entries.push({ region, row });
    }
  }
  return {
    comparisons: [...byKey.values()].filter((c) => c.entries.length >= 2),
    childrenWithData,
  };
}
