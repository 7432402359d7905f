import type { Indicator, Period, Unit } from '../data/types';
import { periodKey } from './funds';

/** One cause of poverty with its share of the listed causes (same unit, same period). */
export interface CauseShare {
  row: Indicator;
  /** Percent of the sum of the listed causes. */
  share: number;
}

export interface CauseBreakdown {
  period: Period;
  unit: Unit;
  /** Largest first. */
  causes: CauseShare[];
  total: number;
  /** Whether every value is exact, so the shares are too. */
  exact: boolean;
}

const isCause = (r: Indicator) => r.measure === 'actual' && r.category.startsWith('cause_');

/**
 * The poverty-cause breakdown for the latest period at or before `year` (the earliest one when
 * all are later), one breakdown per unit so households and people are never added together.
 */
export function causeBreakdown(rows: readonly Indicator[], year: number): CauseBreakdown[] {
  const causes = rows.filter(isCause);
  if (causes.length === 0) return [];
  const periods = [...new Map(causes.map((r) => [periodKey(r.period), r.period])).values()];
  const atOrBefore = periods
    .filter((p) => p.end <= year)
    .sort((a, b) => b.end - a.end || b.start - a.start);
  const period = atOrBefore[0] ?? periods.sort((a, b) => a.end - b.end || a.start - b.start)[0]!;
  const byUnit = new Map<Unit, Indicator[]>();
  for (const r of causes) {
    if (periodKey(r.period) !== periodKey(period)) continue;
    byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  }
  return [...byUnit.entries()].map(([unit, list]) => {
    const total = list.reduce((s, r) => s + r.value, 0);
    return {
      period,
      unit,
      total,
      exact: list.every((r) => r.qualifier === 'exact'),
      causes: list
        .map((row) => ({ row, share: total > 0 ? (row.value / total) * 100 : 0 }))
        .sort((a, b) => b.row.value - a.row.value),
    };
  });
}

export const HEADCOUNT_INDICATORS = [
  'poor_people',
  'poor_households',
  'people_lifted',
  'households_lifted',
] as const;
export type HeadcountIndicator = (typeof HEADCOUNT_INDICATORS)[number];

/** Stocks are levels at a date; flows (lifted out) are counts over a period. */
export const isFlow = (key: HeadcountIndicator): boolean =>
  key === 'people_lifted' || key === 'households_lifted';

export interface HeadcountSeries {
  indicator: HeadcountIndicator;
  unit: Unit;
  /** period key → the row drawn there. */
  points: Map<string, Indicator>;
}

export interface Headcount {
  /** Every year between the first and last, so a missing year shows as a gap; spans follow their end year. */
  periods: Period[];
  series: HeadcountSeries[];
}

/** An unflagged exact row is the better witness when two sources give the same figure. */
const rank = (r: Indicator) => (r.qualityFlag === null ? 0 : 2) + (r.qualifier === 'exact' ? 0 : 1);

export function headcount(rows: readonly Indicator[]): Headcount {
  const wanted = new Set<string>(HEADCOUNT_INDICATORS);
  const series = new Map<string, HeadcountSeries>();
  for (const r of rows) {
    if (!wanted.has(r.indicator) || r.measure !== 'actual' || r.category !== '') continue;
    const key = `${r.indicator}|${r.unit}`;
    let s = series.get(key);
    if (!s)
      series.set(
        key,
        (s = { indicator: r.indicator as HeadcountIndicator, unit: r.unit, points: new Map() }),
      );
    const at = periodKey(r.period);
    const held = s.points.get(at);
    if (!held || rank(r) < rank(held)) s.points.set(at, r);
  }
  const drawn = [...series.values()].flatMap((s) => [...s.points.values()].map((r) => r.period));
  if (drawn.length === 0) return { periods: [], series: [] };
  const years = drawn.filter((p) => p.start === p.end).map((p) => p.start);
  const spans = [
    ...new Map(drawn.filter((p) => p.start !== p.end).map((p) => [periodKey(p), p])).values(),
  ];
  const filled: Period[] = [];
  if (years.length > 0)
    for (let y = Math.min(...years); y <= Math.max(...years); y++)
      filled.push({ start: y, end: y });
  const periods = [...filled, ...spans].sort((a, b) => a.end - b.end || b.start - a.start);
  const order = (s: HeadcountSeries) => HEADCOUNT_INDICATORS.indexOf(s.indicator);
  return { periods, series: [...series.values()].sort((a, b) => order(a) - order(b)) };
}
