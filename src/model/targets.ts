import type {
  Fund,
  IndicatorKey,
  Indicator,
  Infrastructure,
  Measured,
  Period,
  Qualifier,
  Sourced,
  Unit,
  VillageExit,
} from '../data/types';
import type { DashboardModel } from './dashboardModel';
import { lastDayOf } from './dates';
import { countUpTo, type ExitCounts } from './exitCounts';

export const TARGET_STATUSES = ['met', 'in_progress', 'missed', 'no_data'] as const;
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
  /** Days from the dataset's date (DashboardModel.asOf) to the deadline; negative once it has passed. */
  daysLeft: number;
  /** YYYY-MM-DD: the last day the actual figures cover; null when the source gives no date. */
  asOf: string | null;
  status: TargetStatus;
  /** Every row that states the target: one target quoted in several places keeps each quote. */
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

/**
 * Judged on the dataset's date, never the clock. A target is missed only when the figures reach
 * its deadline. Short of that it is in progress: a figure from part of the period says how far
 * the work had come by then, and calling it "behind" would hold it to a steady pace that no
 * source sets (relocation, for one, builds first and moves people late).
 */
function assess(
  deadline: string,
  reported: string | null,
  p: Progress | null,
  judgedOn: string,
): { status: TargetStatus; daysLeft: number } {
  const daysLeft = Math.round((time(deadline) - time(judgedOn)) / DAY_MS);
  if (!p) return { status: 'no_data', daysLeft };
  if (p.met) return { status: 'met', daysLeft };
  const reachesDeadline = reported !== null && reported >= deadline;
  return { status: reachesDeadline ? 'missed' : 'in_progress', daysLeft };
}

/** What the sources say was achieved towards one target. */
interface Measurement {
  actual: Amount | null;
  baseline: Amount | null;
  /** YYYY-MM-DD: the last day the figures cover; null when they give no date. */
  reported: string | null;
  actualRows: Sourced[];
}

/** Actual rows of the target's quantity inside its period: added up, or read at the latest (a level). */
function fromRows(actuals: readonly Candidate[], period: Period, ceiling: boolean): Measurement {
  const rows = actuals.map((c) => c.row);
  const inPeriod = rows.filter((r) => within(r.period, period));
  const used =
    actuals[0]?.level === true
      ? [latest(inPeriod)].filter((r): r is ValueRow => r !== undefined)
      : additiveRows(inPeriod);
  const before = ceiling ? latest(rows.filter((r) => r.period.end < period.start)) : undefined;
  return {
    actual: used.length > 0 ? sumAmounts(used) : null,
    baseline: before ? amountOf(before) : null,
    reported: used.length > 0 ? yearEnd(Math.max(...used.map((r) => r.period.end))) : null,
    actualRows: before ? [...used, before] : used,
  };
}

/** Villages of the region's own list that exited by the end of the period. */
function fromVillageList(exits: ExitCounts, end: number): Measurement {
  const none: Measurement = { actual: null, baseline: null, reported: null, actualRows: [] };
  if (exits.exitedByYear.size === 0 && exits.exitedUndated === 0) return none;
  // Villages that left after the deadline did not meet it; undated exits cannot be placed, so count them.
  const exited = countUpTo(exits.exitedByYear, end) + exits.exitedUndated;
  const years = [...exits.exitedByYear.keys()];
  return {
    ...none,
    actual: { value: exited, qualifier: 'exact', valueMax: null },
    reported: years.length > 0 ? yearEnd(Math.max(...years)) : null,
  };
}

/** One statement of a target: a row of a table, or the schedule of the region's village list. */
interface Claim {
  id: string;
  /** Table and key: claims of different quantities are never the same target. */
  quantity: string;
  labelZh: string;
  labelEn: string;
  period: Period;
  deadline: string;
  unit: Unit;
  amount: Amount;
  ceiling: boolean;
  rows: Sourced[];
  fromVillageList: boolean;
}

const quantityOf = (c: Candidate) => `${c.table}:${c.key}`;
/** The village list counts what `villages_exited` rows count. */
const VILLAGES_EXITED = 'indicators:villages_exited||villages';

function rowClaim(c: Candidate): Claim {
  const t = c.row;
  return {
    id: `${c.table}:${t.id}`,
    quantity: quantityOf(c),
    labelZh: t.labelZh,
    labelEn: t.labelEn,
    period: t.period,
    deadline: 'deadline' in t && t.deadline ? lastDayOf(t.deadline.iso) : yearEnd(t.period.end),
    unit: t.unit,
    amount: amountOf(t),
    ceiling: UPPER.has(t.qualifier) || (c.decreasing && !LOWER.has(t.qualifier)),
    rows: [t],
    fromVillageList: false,
  };
}

/** Significant figures a rounded number was printed with: 45700 (4.57万) has three. */
const figures = (n: number) =>
  String(Math.abs(n)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;

/** "约4.57万" is 45692 printed to three figures: the same amount, stated less exactly. */
const roundsTo = (exact: Amount, rough: Amount) =>
  exact.qualifier === 'exact' &&
  rough.qualifier === 'approx' &&
  rough.value !== 0 &&
  Number(exact.value.toPrecision(figures(rough.value))) === rough.value;

const sameAmount = (a: Amount, b: Amount) =>
  (a.qualifier === b.qualifier && a.value === b.value && a.valueMax === b.valueMax) ||
  roundsTo(a, b) ||
  roundsTo(b, a);

const sameTarget = (a: Claim, b: Claim) =>
  a.quantity === b.quantity &&
  a.period.start === b.period.start &&
  a.period.end === b.period.end &&
  a.deadline === b.deadline &&
  sameAmount(a.amount, b.amount);

/**
 * Claims of the same quantity, amount and deadline are one target quoted several times (a
 * document restating its own plan, or a plan row next to the village list it schedules). The
 * most exact statement leads; every quote is kept.
 */
function mergeClaims(claims: readonly Claim[]): Claim[][] {
  const groups: Claim[][] = [];
  for (const c of claims) {
    const group = groups.find((g) => sameTarget(g[0]!, c));
    if (group) group.push(c);
    else groups.push([c]);
  }
  const rank = (c: Claim) => Number(c.amount.qualifier !== 'exact');
  return groups.map((g) => [...g].sort((a, b) => rank(a) - rank(b)));
}

function measureTarget(
  group: readonly Claim[],
  actuals: readonly Candidate[],
  exits: ExitCounts | undefined,
  judgedOn: string,
): TargetProgress {
  const lead = group[0]!;
  const measured = [
    fromRows(actuals, lead.period, lead.ceiling),
    ...(exits && group.some((c) => c.fromVillageList)
      ? [fromVillageList(exits, lead.period.end)]
      : []),
  ].filter((m) => m.actual !== null);
  // With figures from both the rows and the village list, the later ones say more.
  const m = measured.sort((a, b) => (b.reported ?? '').localeCompare(a.reported ?? ''))[0];
  const p = m?.actual ? progress(lead.amount, lead.ceiling, m.actual, m.baseline) : null;
  return {
    id: lead.id,
    labelZh: lead.labelZh,
    labelEn: lead.labelEn,
    period: lead.period,
    unit: lead.unit,
    target: lead.amount,
    ceiling: lead.ceiling,
    actual: m?.actual ?? null,
    baseline: m?.baseline ?? null,
    percent: p?.percent ?? null,
    percentMax: p?.percentMax ?? null,
    percentQualifier: p?.percentQualifier ?? 'exact',
    deadline: lead.deadline,
    asOf: m?.reported ?? null,
    ...assess(lead.deadline, m?.reported ?? null, p, judgedOn),
    targetRows: group.flatMap((c) => c.rows),
    actualRows: m?.actualRows ?? [],
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
    .find((r) => (r.level === 'county' || r.level === 'zone') && model.villageCount(r.code) > 0);
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

function scheduleClaim(model: DashboardModel, code: string): Claim | null {
  const rows = scheduleSources(model, code);
  const planned = model.exitCounts(code)?.plannedByYear;
  if (!planned || planned.size === 0 || rows.length === 0) return null;
  const years = [...planned.keys()];
  const period = { start: Math.min(...years), end: Math.max(...years) };
  return {
    id: 'village-schedule',
    quantity: VILLAGES_EXITED,
    labelZh: '贫困村按计划出列',
    labelEn: 'Poor villages exited on schedule',
    period,
    deadline: yearEnd(period.end),
    unit: 'villages',
    amount: { value: countUpTo(planned, period.end), qualifier: 'exact', valueMax: null },
    ceiling: false,
    rows,
    fromVillageList: true,
  };
}

/**
 * Every target the region's own rows and village list set, each once however often it is
 * quoted, judged on the dataset's date; soonest deadline first.
 */
export function regionTargets(model: DashboardModel, code: string): TargetProgress[] {
  const all = candidates(model, code);
  const schedule = scheduleClaim(model, code);
  const claims = [
    ...all.filter((c) => c.row.measure === 'target').map(rowClaim),
    ...(schedule ? [schedule] : []),
  ];
  return mergeClaims(claims)
    .map((group) =>
      measureTarget(
        group,
        all.filter((c) => c.row.measure === 'actual' && quantityOf(c) === group[0]!.quantity),
        model.exitCounts(code),
        model.asOf,
      ),
    )
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
}

export const targetSources = (t: TargetProgress): Sourced[] => [...t.targetRows, ...t.actualRows];
