import type { Fund, FundSource, Period } from '../data/types';

export const periodKey = (p: Period): string => `${p.start}-${p.end}`;

/** Chronological; a span sorts by its start, so 2016-2020 follows 2016 and stays one category. */
export const comparePeriods = (a: Period, b: Period): number => a.start - b.start || a.end - b.end;

export function distinctPeriods(rows: ReadonlyArray<{ period: Period }>): Period[] {
  const byKey = new Map(rows.map((r) => [periodKey(r.period), r.period]));
  return [...byKey.values()].sort(comparePeriods);
}

/**
 * Gives every row a slot key so that no slot holds two rows for the same `within` value:
 * rows go by `base`, refined by their printed label, then by id, only for base keys whose
 * rows would collide. Charts draw one row per slot and never add rows up.
 */
export function slotKeys<T extends { id: string; labelZh: string }>(
  rows: readonly T[],
  base: (r: T) => string,
  within: (r: T) => string,
): Map<T, string> {
  const refinements = [
    (r: T) => base(r),
    (r: T) => `${base(r)}\u0000${r.labelZh}`,
    (r: T) => `${base(r)}\u0000${r.labelZh}\u0000${r.id}`,
  ];
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const list = groups.get(base(r)) ?? [];
    list.push(r);
    groups.set(base(r), list);
  }
  const out = new Map<T, string>();
  for (const list of groups.values()) {
    const refine = refinements.find(
      (f) => new Set(list.map((r) => `${f(r)}\u0001${within(r)}`)).size === list.length,
    )!;
    for (const r of list) out.set(r, refine(r));
  }
  return out;
}

/** One bar series: the rows of one source type (or one printed label of it) and one measure. */
export interface FundSeries {
  key: string;
  /** The key without the measure: actual and planned series of one source share it (and a colour). */
  sourceKey: string;
  sourceType: FundSource;
  measure: Fund['measure'];
  /** Set when the source type had to be split: the series goes by this printed label. */
  labelRow: Fund | null;
  /** At most one row per period. */
  rows: Fund[];
}

export interface FundPanel {
  periods: Period[];
  series: FundSeries[];
}

export interface FundsBySource {
  budget: FundPanel;
  /** Loans: money, but not a grant, so never summed or stacked with budget funds. */
  credit: FundPanel;
  /** Aid the region gave to other regions (rows with a recipient): the giver's spending, not its funds. */
  outbound: FundPanel;
}

/** Money given to another region: it leaves the giver, so it is never one of the giver's sources. */
export const isOutbound = (r: Fund): boolean => r.recipient !== '';

function panel(rows: readonly Fund[]): FundPanel {
  const keys = slotKeys(
    rows,
    (r) => `${r.sourceType}|${r.measure}`,
    (r) => periodKey(r.period),
  );
  const series = new Map<string, FundSeries>();
  for (const r of rows) {
    const key = keys.get(r)!;
    const split = key !== `${r.sourceType}|${r.measure}`;
    let s = series.get(key);
    const sourceKey = split ? `${r.sourceType}\u0000${r.labelZh}` : r.sourceType;
    if (!s)
      series.set(
        key,
        (s = {
          key,
          sourceKey,
          sourceType: r.sourceType,
          measure: r.measure,
          labelRow: split ? r : null,
          rows: [],
        }),
      );
    s.rows.push(r);
  }
  return { periods: distinctPeriods(rows), series: [...series.values()] };
}

/** The region's fund amounts in yuan by period and source, credit and aid given away kept apart. */
export function fundsBySource(rows: readonly Fund[]): FundsBySource {
  const yuan = rows.filter((r) => r.unit === 'yuan');
  const own = yuan.filter((r) => !isOutbound(r));
  return {
    budget: panel(own.filter((r) => r.sourceType !== 'credit')),
    credit: panel(own.filter((r) => r.sourceType === 'credit')),
    outbound: panel(yuan.filter(isOutbound)),
  };
}

const USE_ORDER = [
  'industry',
  'housing',
  'relocation',
  'education',
  'health',
  'employment',
  'infrastructure',
  'other',
];
const useRank = (use: string): number => {
  const i = USE_ORDER.indexOf(use);
  return i === -1 ? USE_ORDER.length : i;
};
const MEASURE_RANK: Record<Fund['measure'], number> = { actual: 0, planned: 1, target: 2 };

export interface FundsByUse {
  /** The region's own amounts in yuan that name a use, ordered by use, then period and measure. */
  byUse: Fund[];
  perHousehold: Fund[];
  perPerson: Fund[];
  /** Rates per item built or bought (e.g. per greenhouse): a standard, not money spent. */
  perUnit: Fund[];
}

export function fundsByUse(rows: readonly Fund[]): FundsByUse {
  const byUse = rows
    .filter((r) => r.unit === 'yuan' && r.use !== '' && !isOutbound(r))
    .sort(
      (a, b) =>
        useRank(a.use) - useRank(b.use) ||
        a.use.localeCompare(b.use) ||
        comparePeriods(a.period, b.period) ||
        MEASURE_RANK[a.measure] - MEASURE_RANK[b.measure],
    );
  return {
    byUse,
    perHousehold: rows.filter((r) => r.unit === 'yuan_per_household'),
    perPerson: rows.filter((r) => r.unit === 'yuan_per_person'),
    perUnit: rows.filter((r) => r.unit === 'yuan_per_unit'),
  };
}
