import type {
  Fund,
  FundSource,
  Indicator,
  IndicatorKey,
  Qualifier,
  Sourced,
  Unit,
} from '../data/types';
import { OWN, type Coverage } from './coverage';
import { countUpTo, type ExitCounts } from './exitCounts';
import type { RegionFacts } from './factIndex';

export const METRICS = ['exit_share', 'poor_people', 'incidence', 'funds'] as const;
export type MetricKey = (typeof METRICS)[number];

/** How a value that no source states directly was computed. */
export type Derivation =
  | { kind: 'village_schedule'; exited: number; villages: number }
  | { kind: 'exits_over_poor_villages'; exited: number; poorVillages: number }
  /** One year's exits over the poor villages: that year's rate, not progress to date. */
  | { kind: 'year_rate'; exited: number; poorVillages: number }
  | { kind: 'children_sum' }
  | { kind: 'fund_sum'; rows: number };

export interface MetricValue {
  value: number;
  unit: Unit;
  /** The year the value describes (end of its period). */
  year: number;
  qualifier: Qualifier;
  /** The rows the value rests on; their quotes are the value's sources. */
  sources: Sourced[];
  derivation: Derivation | null;
  coverage: Coverage;
}

/** On the same period, the more precise and the unflagged statement wins. */
const PRECISION: Partial<Record<Qualifier, number>> = { exact: 0, range: 1 };
const rank = (r: Indicator) => (PRECISION[r.qualifier] ?? 2) * 2 + (r.qualityFlag ? 1 : 0);

/** A row about the region as a whole (no category) for this indicator and measure. */
export const isWholeRow = (r: Indicator, key: IndicatorKey, measure: Indicator['measure']) =>
  r.indicator === key && r.measure === measure && r.category === '';

/** The latest actual row of an indicator at or before `year`. */
export function latestIndicator(
  rows: readonly Indicator[],
  key: IndicatorKey,
  year: number,
): Indicator | null {
  let best: Indicator | null = null;
  for (const r of rows) {
    if (!isWholeRow(r, key, 'actual') || r.period.end > year) continue;
    if (
      !best ||
      r.period.end > best.period.end ||
      (r.period.end === best.period.end &&
        // Ending the same year, the longer span wins: a campaign total (832 counties over
        // 2013-2020) over the last year's share of it (52 in 2020).
        (r.period.start < best.period.start ||
          (r.period.start === best.period.start && rank(r) < rank(best))))
    )
      best = r;
  }
  return best;
}

const fromRow = (r: Indicator): MetricValue => ({
  value: r.value,
  unit: r.unit,
  year: r.period.end,
  qualifier: r.qualifier,
  sources: [r],
  derivation: null,
  coverage: OWN,
});

/** `exits`: the village list the region itself published, else undefined (see scheduleCoverage). */
function exitShare(
  facts: RegionFacts,
  exits: ExitCounts | undefined,
  year: number,
): MetricValue | null {
  const poor = latestIndicator(facts.indicators, 'poor_villages', year);
  // A schedule listing fewer villages than the region's reported total covers only part of it.
  const scheduleComplete = exits !== undefined && (poor === null || exits.villages >= poor.value);
  if (exits && scheduleComplete && exits.exitedByYear.size > 0) {
    const exited = countUpTo(exits.exitedByYear, year);
    return {
      value: (exited / exits.villages) * 100,
      unit: 'percent',
      year,
      qualifier: 'exact',
      sources: facts.villages.slice(0, 1),
      derivation: { kind: 'village_schedule', exited, villages: exits.villages },
      coverage: OWN,
    };
  }
  if (!poor || poor.value <= 0) return null;
  const exitRows = facts.indicators.filter(
    (r) => isWholeRow(r, 'villages_exited', 'actual') && r.period.end <= year,
  );
  if (exitRows.length === 0) return null;
  const exited = exitRows.reduce((s, r) => s + r.value, 0);
  // A single year's count says how that year went; with earlier years unknown it is no progress.
  const oneYear = exitRows.length === 1 && exitRows[0]!.period.start === exitRows[0]!.period.end;
  const exact = exitRows.every((r) => r.qualifier === 'exact');
  return {
    value: Math.min(100, (exited / poor.value) * 100),
    unit: 'percent',
    year: Math.max(...exitRows.map((r) => r.period.end)),
    qualifier: !exact ? 'approx' : oneYear || gapless(exitRows) ? 'exact' : 'at_least',
    sources: [poor, ...exitRows],
    derivation: {
      kind: oneYear ? 'year_rate' : 'exits_over_poor_villages',
      exited,
      poorVillages: poor.value,
    },
    coverage: OWN,
  };
}

/** Yearly counts that follow on from one another with no year missing. */
function gapless(rows: readonly Indicator[]): boolean {
  const spans = rows.map((r) => r.period).sort((a, b) => a.start - b.start);
  return spans.every((p, i) => i === 0 || p.start === spans[i - 1]!.end + 1);
}

/**
 * Budget sources that add up to a year's total. Credit is lent, not granted; rows broken
 * down by use or of an unnamed source overlap the sources and would be counted twice.
 */
const BUDGET_SOURCES: ReadonlySet<FundSource> = new Set([
  'central_provincial',
  'central',
  'provincial',
  'city_budget',
  'county_budget',
  'social',
  'pairing_aid',
  'integrated',
]);

/** A printed figure is the better witness than a computed one; an unflagged one than either. */
const WITNESS_RANK = (r: Fund) =>
  r.qualityFlag === null ? 0 : r.qualityFlag === 'inconsistent' ? 1 : 2;

/**
 * Rows of one source type in one year are parts of its money unless one is flagged
 * `inconsistent`: then they are readings of the same amount (667亿 as printed, 660.95亿 on
 * another basis) and only the best witness counts, never both and never their average.
 */
function oneReadingEach(rows: readonly Fund[]): Fund[] {
  const bySource = new Map<FundSource, Fund[]>();
  for (const r of rows) bySource.set(r.sourceType, [...(bySource.get(r.sourceType) ?? []), r]);
  return [...bySource.values()].flatMap((list) =>
    list.some((r) => r.qualityFlag === 'inconsistent')
      ? [list.reduce((best, r) => (WITNESS_RANK(r) < WITNESS_RANK(best) ? r : best))]
      : list,
  );
}

function fundsIn(facts: RegionFacts, year: number): MetricValue | null {
  const listed = facts.funds.filter(
    (f) =>
      f.unit === 'yuan' &&
      f.measure === 'actual' &&
      f.use === '' &&
      f.recipient === '' && // aid given to another region is not the giver's money
      BUDGET_SOURCES.has(f.sourceType) &&
      f.period.start === year &&
      f.period.end === year,
  );
  const rows = oneReadingEach(listed);
  if (rows.length === 0) return null;
  return {
    value: rows.reduce((s, r) => s + r.value, 0),
    unit: 'yuan',
    year,
    qualifier: rows.every((r) => r.qualifier === 'exact') ? 'exact' : 'at_least',
    sources: rows,
    derivation: rows.length > 1 ? { kind: 'fund_sum', rows: rows.length } : null,
    coverage: OWN,
  };
}

/** A metric for one region in one year, or null: "no data", never zero. */
export function metricValue(
  key: MetricKey,
  facts: RegionFacts,
  exits: ExitCounts | undefined,
  year: number,
): MetricValue | null {
  switch (key) {
    case 'exit_share':
      return exitShare(facts, exits, year);
    case 'poor_people': {
      const r = latestIndicator(facts.indicators, 'poor_people', year);
      return r ? fromRow(r) : null;
    }
    case 'incidence': {
      const r = latestIndicator(facts.indicators, 'poverty_incidence', year);
      return r ? fromRow(r) : null;
    }
    case 'funds':
      return fundsIn(facts, year);
  }
}
