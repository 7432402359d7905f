import type { Indicator, IndicatorKey, Period, Qualifier, Sourced, Unit } from '../data/types';
import { OWN, type Coverage } from './coverage';
import type { DashboardModel } from './dashboardModel';
import { countUpTo } from './exitCounts';
import { latestIndicator, type Derivation, type MetricKey, type MetricValue } from './metrics';
import { scheduleSources } from './targets';

export const HEADLINE_KEYS = [
  'people_lifted',
  'counties_exited',
  'villages_exited',
  'poor_people',
  'poor_households',
  'incidence',
  'poor_villages',
  'exit_share',
  'funds',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

/**
 * Campaign totals only a few regions report (the nation's 832 counties and 12.8万 villages):
 * shown when present, and not listed as missing everywhere else.
 */
export const OCCASIONAL_KEYS: ReadonlySet<HeadlineKey> = new Set([
  'counties_exited',
  'villages_exited',
]);

export interface HeadlineValue {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  valueMax: number | null;
}

export interface HeadlineFigure {
  key: HeadlineKey;
  /** The year the view asks about. */
  year: number;
  /** null: the sources are silent. Shown as "no data", never as zero. */
  value: HeadlineValue | null;
  /** The years the value describes; null when the source gives none (a village list). */
  period: Period | null;
  sources: Sourced[];
  derivation: Derivation | null;
  coverage: Coverage;
}

const none = (key: HeadlineKey, year: number): HeadlineFigure => ({
  key,
  year,
  value: null,
  period: null,
  sources: [],
  derivation: null,
  coverage: OWN,
});

function fromRow(key: HeadlineKey, year: number, r: Indicator | null): HeadlineFigure {
  if (!r) return none(key, year);
  return {
    key,
    year,
    value: { value: r.value, unit: r.unit, qualifier: r.qualifier, valueMax: r.valueMax },
    period: r.period,
    sources: [r],
    derivation: null,
    coverage: OWN,
  };
}

function fromMetric(key: HeadlineKey, year: number, m: MetricValue | null): HeadlineFigure {
  if (!m) return none(key, year);
  // A metric read straight off one row keeps that row's period and range.
  const row =
    m.derivation === null && m.sources.length === 1 ? (m.sources[0] as Partial<Indicator>) : null;
  return {
    key,
    year,
    value: {
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      valueMax: row?.valueMax ?? null,
    },
    period: row?.period ?? { start: m.year, end: m.year },
    sources: m.sources,
    derivation: m.derivation,
    coverage: m.coverage,
  };
}

function poorVillages(model: DashboardModel, code: string, year: number): HeadlineFigure {
  const row = latestIndicator(model.facts(code).indicators, 'poor_villages', year);
  if (row) return fromRow('poor_villages', year, row);
  // Only the region's own list counts its poor villages: a roll-up of some counties' lists is not
  // the region's count (the exit timeline shows it, as a part).
  const exits = model.exitCounts(code);
  const sources = scheduleSources(model, code);
  if (!exits || model.scheduleCoverage(code)?.kind !== 'own' || sources.length === 0)
    return none('poor_villages', year);
  const exited = countUpTo(exits.exitedByYear, year) + exits.exitedUndated;
  return {
    key: 'poor_villages',
    year,
    value: { value: exits.villages, unit: 'villages', qualifier: 'exact', valueMax: null },
    period: null,
    sources,
    derivation: { kind: 'village_schedule', exited, villages: exits.villages },
    coverage: OWN,
  };
}

/** The figures above every view: what the sources say of the region at `year`, or "no data". */
export function headlineFigures(
  model: DashboardModel,
  code: string,
  year: number,
): HeadlineFigure[] {
  const rows = model.facts(code).indicators;
  const metric = (key: HeadlineKey, m: MetricKey) =>
    fromMetric(key, year, model.metric(m, code, year));
  const row = (key: HeadlineKey & IndicatorKey) =>
    fromRow(key, year, latestIndicator(rows, key, year));
  return [
    row('people_lifted'),
    row('counties_exited'),
    row('villages_exited'),
    metric('poor_people', 'poor_people'),
    row('poor_households'),
    metric('incidence', 'incidence'),
    poorVillages(model, code, year),
    metric('exit_share', 'exit_share'),
    metric('funds', 'funds'),
  ];
}
