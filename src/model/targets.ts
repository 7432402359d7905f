import type {
  Fund,
  IndicatorKey,
  Indicator,
  Infrastructure,
  Measured,
  PartialDate,
  Period,
  Qualifier,
  Sourced,
  Unit,
  VillageExit,
} from '../data/types';
import type { DashboardModel } from './dashboardModel';
import { countUpTo, type ExitCounts } from './exitCounts';

export const TARGET_STATUSES = ['met', 'on_track', 'behind', 'missed', 'no_data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export interface Amount {
  value: number;
  qualifier: Qualifier;
  valueMax: number | null;
}

export interface TargetProgress {
  /** `<table>:<row id>`, or `village-schedule`. */
  id: string;
  labelZh: string;
  labelEn: string;
  period: Period;
  unit: Unit;
  target: Amount;
  /** A ceiling ("below 2%", "up to"): met when the actual is at or under it. */
  ceiling: boolean;
  /** What the sources say was achieved within the target's period; null: no progress data. */
  actual: Amount | null;
  /** For a ceiling: the last figure before the period, the start point progress is measured from. */
  baseline: Amount | null;
  /** Percent complete; null without an actual (or, for a ceiling, without a baseline). */
  percent: number | null;
  /** Upper end when the actual is a range. */
  percentMax: number | null;
  /** How exact `percent` is: `more_than`/`at_least` mean it is a floor, `less_than`/`up_to` a ceiling. */
  percentQualifier: Qualifier;
  /** YYYY-MM-DD: the row's deadline, else the last day of its period. */
  deadline: string;
  /** Days from now to the deadline; negative once it has passed. */
  daysLeft: number;
  /** YYYY-MM-DD: the last day the actual figures cover; null when the source gives no date. */
  asOf: string | null;
  /** Share (0–1) of the period elapsed on the day progress is judged. */
  elapsedShare: number;
  status: TargetStatus;
  targetRows: Sourced[];
  actualRows: Sourced[];
}

type ValueRow = Indicator | Fund | Infrastructure;

interface Candidate {
  table: 'indicators' | 'funds' | 'infrastructure';
  key: string;
  row: ValueRow;
  /** A level (a headcount, a rate) is read at a point; a flow (people lifted) adds up. */
  level: boolean;
  /** Lower is better: poor people, incidence. */
  decreasing: boolean;
}

const LEVEL_INDICATORS: ReadonlySet<IndicatorKey> = new Set([
  'poor_households',
  'poor_people',
  'poverty_incidence',
  'poor_villages',
  'poor_counties',
  'poverty_line',
  'income_per_capita',
  'gdp',
]);
const DECREASING: ReadonlySet<IndicatorKey> = new Set([
  'poor_households',
  'poor_people',
  'poverty_incidence',
  'poor_villages',
  'poor_counties',
]);
const RATE_UNITS: ReadonlySet<Unit> = new Set([
  'percent',
  'yuan_per_household',
  'yuan_per_person',
  'yuan_per_unit',
]);
const LOWER: ReadonlySet<Qualifier> = new Set(['more_than', 'at_least']);
const UPPER: ReadonlySet<Qualifier> = new Set(['less_than', 'up_to']);

/** An "other" row is only known by its label: two "other" counts are rarely the same thing. */
const otherKey = (isOther: boolean, r: ValueRow) => (isOther ? `|${r.labelZh}` : '');

function candidates(model: DashboardModel, code: string): Candidate[] {
  const f = model.facts(code);
  const rate = (r: ValueRow) => RATE_UNITS.has(r.unit);
  return [
    ...f.indicators.map((r): Candidate => ({
      table: 'indicators',
      key: `${r.indicator}|${r.category}|${r.unit}${otherKey(r.indicator === 'other', r)}`,
      row: r,
      level: LEVEL_INDICATORS.has(r.indicator) || rate(r),
      decreasing: DECREASING.has(r.indicator),
    })),
    ...f.infrastructure.map((r): Candidate => ({
      table: 'infrastructure',
      key: `${r.category}|${r.unit}${otherKey(r.category === 'other', r)}`,
      row: r,
      level: rate(r),
      decreasing: false,
    })),
    ...f.funds.map((r): Candidate => ({
      table: 'funds',
      // Aid given to a recipient is never compared with the region's own funds.
      key: `${r.sourceType}|${r.use}|${r.unit}|${r.recipient}${otherKey(r.sourceType === 'other', r)}`,
      row: r,
      level: rate(r),
      decreasing: false,
    })),
  ];
}

const within = (inner: Period, outer: Period) =>
  inner.start >= outer.start && inner.end <= outer.end;
const overlaps = (a: Period, b: Period) => a.start <= b.end && b.start <= a.end;
const span = (p: Period) => p.end - p.start;

/**
 * Actual rows to add up. Where periods overlap (a 2016–2018 total next to a 2017 figure, or two
 * sources for the same year) adding both would count the same people twice, so the widest
 * unflagged rows win and overlapping ones are left out.
 */
function additiveRows(rows: ValueRow[]): ValueRow[] {
  const ranked = [...rows].sort(
    (a, b) =>
      span(b.period) - span(a.period) ||
      Number(a.qualityFlag !== null) - Number(b.qualityFlag !== null) ||
      b.period.end - a.period.end,
  );
  const chosen: ValueRow[] = [];
  for (const r of ranked) if (!chosen.some((c) => overlaps(c.period, r.period))) chosen.push(r);
  return chosen.sort((a, b) => a.period.start - b.period.start);
}

const latest = (rows: ValueRow[]): ValueRow | undefined =>
  [...rows].sort(
    (a, b) =>
      b.period.end - a.period.end ||
      b.period.start - a.period.start ||
      Number(a.qualityFlag !== null) - Number(b.qualityFlag !== null),
  )[0];

/** The sum of several figures, as exact as the least exact of them. */
export function sumAmounts(rows: readonly Measured[]): Amount {
  const value = rows.reduce((s, r) => s + r.value, 0);
  const kinds = new Set(rows.map((r) => r.qualifier).filter((q) => q !== 'exact'));
  const all = (set: ReadonlySet<Qualifier>) => [...kinds].every((q) => set.has(q));
  if (kinds.size === 0) return { value, qualifier: 'exact', valueMax: null };
  if (all(new Set(['range'])))
    return {
      value,
      qualifier: 'range',
      valueMax: rows.reduce((s, r) => s + (r.valueMax ?? r.value), 0),
    };
  if (all(LOWER))
    return { value, qualifier: kinds.has('more_than') ? 'more_than' : 'at_least', valueMax: null };
  if (all(UPPER))
    return { value, qualifier: kinds.has('less_than') ? 'less_than' : 'up_to', valueMax: null };
  return { value, qualifier: 'approx', valueMax: null };
}

const amountOf = (r: Measured): Amount => ({
  value: r.value,
  qualifier: r.qualifier,
  valueMax: r.valueMax,
});

function lastDayOf(d: PartialDate): string {
  const [y = 0, m = 12] = d.iso.split('-').map(Number);
  if (d.precision === 'day') return d.iso;
  return new Date(Date.UTC(y, d.precision === 'month' ? m : 12, 0)).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const yearEnd = (y: number) => `${y}-12-31`;

interface Progress {
  percent: number | null;
  percentMax: number | null;
  percentQualifier: Qualifier;
  met: boolean;
}

function progress(
  target: Amount,
  ceiling: boolean,
  actual: Amount,
  baseline: Amount | null,
): Progress {
  const roughTarget = target.qualifier === 'approx' || target.qualifier === 'range';
  if (ceiling) {
    const high = actual.qualifier === 'range' ? (actual.valueMax ?? actual.value) : actual.value;
    const strict = target.qualifier === 'less_than' && actual.qualifier !== 'less_than';
    // An actual known only as "over X" cannot prove it came under the ceiling.
    const met =
      !LOWER.has(actual.qualifier) && (strict ? high < target.value : high <= target.value);
    const canMeasure = baseline !== null && baseline.value > target.value;
    const exact = actual.qualifier === 'exact' && baseline?.qualifier === 'exact' && !roughTarget;
    return {
      percent: canMeasure
        ? ((baseline.value - actual.value) / (baseline.value - target.value)) * 100
        : null,
      percentMax: null,
      percentQualifier: exact ? 'exact' : 'approx',
      met,
    };
  }
  if (target.value <= 0)
    return {
      percent: null,
      percentMax: null,
      percentQualifier: 'exact',
      met: !UPPER.has(actual.qualifier) && actual.value >= target.value,
    };
  const percent = (actual.value / target.value) * 100;
  const reached =
    target.qualifier === 'more_than' ? actual.value > target.value : actual.value >= target.value;
  return {
    percent,
    percentMax:
      actual.qualifier === 'range' && actual.valueMax !== null
        ? (actual.valueMax / target.value) * 100
        : null,
    percentQualifier: roughTarget ? 'approx' : actual.qualifier,
    // An actual known only as "under X" cannot prove X was reached.
    met: reached && !UPPER.has(actual.qualifier),
  };
}

interface Assessment {
  status: TargetStatus;
  elapsedShare: number;
  daysLeft: number;
}

/**
 * Progress is judged on the last day the figures cover, not today: a 2016 figure against a
 * 2020 deadline says how 2016 went, and cannot show the target was missed.
 */
function assess(
  period: Period,
  deadline: string,
  asOf: string | null,
  p: Progress | null,
  now: string,
): Assessment {
  const start = time(`${period.start}-01-01`);
  const due = time(deadline);
  const today = time(now);
  const judged = asOf === null ? today : Math.min(today, time(asOf));
  const elapsedShare =
    due <= start ? 1 : Math.min(1, Math.max(0, (judged - start) / (due - start)));
  const daysLeft = Math.round((due - today) / DAY_MS);
  if (!p) return { status: 'no_data', elapsedShare, daysLeft };
  if (p.met) return { status: 'met', elapsedShare, daysLeft };
  const coversDeadline = asOf === null || time(asOf) >= due;
  if (today > due && coversDeadline) return { status: 'missed', elapsedShare, daysLeft };
  const onTrack = p.percent !== null && p.percent >= elapsedShare * 100;
  return { status: onTrack ? 'on_track' : 'behind', elapsedShare, daysLeft };
}

function rowTarget(c: Candidate, all: readonly Candidate[], now: string): TargetProgress {
  const t = c.row;
  const same = all.filter(
    (o) => o.table === c.table && o.key === c.key && o.row.measure === 'actual',
  );
  const inPeriod = same.map((o) => o.row).filter((r) => within(r.period, t.period));
  const used = c.level
    ? [latest(inPeriod)].filter((r): r is ValueRow => r !== undefined)
    : additiveRows(inPeriod);
  const target = amountOf(t);
  const ceiling = UPPER.has(t.qualifier) || (c.decreasing && !LOWER.has(t.qualifier));
  const before = ceiling
    ? latest(same.map((o) => o.row).filter((r) => r.period.end < t.period.start))
    : undefined;
  const baseline = before ? amountOf(before) : null;
  const actual = used.length > 0 ? sumAmounts(used) : null;
  const p = actual ? progress(target, ceiling, actual, baseline) : null;
  const deadline = 'deadline' in t && t.deadline ? lastDayOf(t.deadline) : yearEnd(t.period.end);
  const asOf = used.length > 0 ? yearEnd(Math.max(...used.map((r) => r.period.end))) : null;
  return {
    id: `${c.table}:${t.id}`,
    labelZh: t.labelZh,
    labelEn: t.labelEn,
    period: t.period,
    unit: t.unit,
    target,
    ceiling,
    actual,
    baseline,
    percent: p?.percent ?? null,
    percentMax: p?.percentMax ?? null,
    percentQualifier: p?.percentQualifier ?? 'exact',
    deadline,
    asOf,
    ...assess(t.period, deadline, asOf, p, now),
    targetRows: [t],
    actualRows: before ? [...used, before] : used,
  };
}

/**
 * The village list that covers the whole region: its county's (for the county or a township in
 * it). Above a county the rolled-up list holds only the counties that published one, so it sets
 * no region-wide target there.
 */
function scheduleRows(model: DashboardModel, code: string): VillageExit[] {
  const county = model.regions
    .path(code)
    .find(
      (r) =>
        (r.level === 'county' || r.level === 'zone') && model.facts(r.code).villages.length > 0,
    );
  if (!county) return [];
  const rows = model.facts(county.code).villages;
  return county.code === code
    ? rows
    : rows.filter((r) => model.regions.isWithin(r.villageCode, code));
}

/**
 * The sources of a region's own village list, empty without one: one row per file, plus every
 * flagged row so the list's flags stay visible.
 */
export function scheduleSources(model: DashboardModel, code: string): VillageExit[] {
  const files = new Set<string>();
  return scheduleRows(model, code).filter((r) => {
    const first = !files.has(r.sourceFile);
    files.add(r.sourceFile);
    return first || r.qualityFlag !== null;
  });
}

function scheduleTarget(
  model: DashboardModel,
  code: string,
  exits: ExitCounts | undefined,
  now: string,
): TargetProgress | null {
  const rows = scheduleSources(model, code);
  if (!exits || exits.plannedByYear.size === 0 || rows.length === 0) return null;
  const years = [...exits.plannedByYear.keys()];
  const period = { start: Math.min(...years), end: Math.max(...years) };
  const deadline = yearEnd(period.end);
  const target: Amount = {
    value: countUpTo(exits.plannedByYear, period.end),
    qualifier: 'exact',
    valueMax: null,
  };
  // Villages that left after the deadline did not meet it; undated exits cannot be placed, so count them.
  const exited = countUpTo(exits.exitedByYear, period.end) + exits.exitedUndated;
  const anyExit = exits.exitedByYear.size > 0 || exits.exitedUndated > 0;
  const actual: Amount | null = anyExit
    ? { value: exited, qualifier: 'exact', valueMax: null }
    : null;
  const exitYears = [...exits.exitedByYear.keys()];
  const asOf = actual && exitYears.length > 0 ? yearEnd(Math.max(...exitYears)) : null;
  const p = actual ? progress(target, false, actual, null) : null;
  return {
    id: 'village-schedule',
    labelZh: '贫困村按计划出列',
    labelEn: 'Poor villages exited on schedule',
    period,
    unit: 'villages',
    target,
    ceiling: false,
    actual,
    baseline: null,
    percent: p?.percent ?? null,
    percentMax: null,
    percentQualifier: 'exact',
    deadline,
    asOf,
    ...assess(period, deadline, asOf, p, now),
    targetRows: rows,
    actualRows: [],
  };
}

/** Every target the region's own rows and village schedule set, soonest deadline first. */
export function regionTargets(model: DashboardModel, code: string, now: string): TargetProgress[] {
  const all = candidates(model, code);
  const out = all.filter((c) => c.row.measure === 'target').map((c) => rowTarget(c, all, now));
  const schedule = scheduleTarget(model, code, model.exitCounts(code), now);
  if (schedule) out.push(schedule);
  return out.sort((a, b) => a.deadline.localeCompare(b.deadline));
}

export const targetSources = (t: TargetProgress): Sourced[] => [...t.targetRows, ...t.actualRows];
