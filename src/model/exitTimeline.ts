import type { ColumnTable } from '../data/columnTable';
import type {
  Indicator,
  Level,
  Milestone,
  Qualifier,
  Region,
  Sourced,
  VillageExit,
} from '../data/types';
import { isWhole, OWN, type Coverage } from './coverage';
import type { DashboardModel } from './dashboardModel';
import { isWholeRow, latestIndicator } from './metrics';
import { villageRowsUnder } from './villageList';

/** The campaign's national deadline (两不愁三保障, 现行标准下贫困村全部出列 by 2020). */
export const NATIONAL_DEADLINE = 2020;

export type ExitSource = 'schedule' | 'indicators';

/** One year's figure and the rows it rests on. */
export interface ExitFigure {
  value: number;
  qualifier: Qualifier;
  valueMax: number | null;
  rows: Sourced[];
}

/** Running total up to a year; `at_least` when an earlier year has no figure. */
export interface CumulativeFigure {
  value: number;
  qualifier: Qualifier;
}

export interface ExitSeries {
  source: ExitSource;
  /** Aligned with ExitTimeline.years; null is "no figure", never zero. */
  byYear: Array<ExitFigure | null>;
  /** From the series' first figure to its last; null outside that span. */
  cumulative: Array<CumulativeFigure | null>;
}

export interface ExitTotal {
  value: number;
  qualifier: Qualifier;
  /**
   * schedule: villages listed; poor_villages: the region's latest count; villages_exited:
   * its largest count of villages exited (all of them, when the campaign is done).
   */
  basis: 'schedule' | 'poor_villages' | 'villages_exited';
  rows: Sourced[];
}

export interface ExitDeadline {
  year: number;
  /**
   * plan: the last year of a plan that covers every village; target: the due date of a
   * villages_exited target; milestone: a deadline milestone about poor villages.
   */
  basis: 'plan' | 'target' | 'milestone' | 'national';
  rows: Sourced[];
}

/** A count of villages exited over several years, as the region reports it (12.8万 by 2020). */
export interface ExitSpan {
  row: Indicator;
}

export interface ExitTimeline {
  /** What the yearly series cover: the region's own figures, or a part from some subdivisions. */
  coverage: Coverage;
  /** Subdivisions' village lists left undrawn because the region's own figures are drawn. */
  undrawnParts: Coverage | null;
  /** The region's own counts over several years; they cannot be placed on one year. */
  spans: ExitSpan[];
  /**
   * Consecutive years from the first figure to the deadline (or the last figure, if later);
   * empty when the region reports only spans.
   */
  years: number[];
  planned: ExitSeries | null;
  actual: ExitSeries | null;
  total: ExitTotal | null;
  deadline: ExitDeadline;
  /** Villages listed in the schedule under the region. */
  scheduled: number;
  /** Villages the schedule marks exited without a date: counted nowhere on the axis. */
  exitedUndated: number;
  /** Every row the timeline rests on. */
  rows: Sourced[];
}

type YearMap = Map<number, ExitFigure>;

/** A region's village list as rows of the village exit table: read by column, made on demand. */
interface VillageRows {
  rows: readonly number[];
  table: ColumnTable<VillageExit>;
}

function fromSchedule(
  villages: VillageRows,
  counts: ReadonlyMap<number, number>,
  yearOf: (row: number) => number | null,
): YearMap {
  const out: YearMap = new Map();
  for (const [year, n] of counts)
    out.set(year, { value: n, qualifier: 'exact', valueMax: null, rows: [] });
  // The rows only name sources and flags: one per document plus a few flagged ones is enough,
  // and keeps a national schedule of 128,000 villages from being copied on every switch.
  const seen = new Map<number, Set<string>>();
  const { table } = villages;
  const [flags, sourceFiles] = [table.text('qualityFlag'), table.text('sourceFile')];
  for (const i of villages.rows) {
    const y = yearOf(i);
    const figure = y === null ? undefined : out.get(y);
    if (!figure) continue;
    let files = seen.get(y!);
    if (!files) seen.set(y!, (files = new Set()));
    const flagged = flags[i] !== null && figure.rows.length < MAX_SOURCE_ROWS;
    if (flagged || !files.has(sourceFiles[i]!)) {
      files.add(sourceFiles[i]!);
      figure.rows.push(table.row(i));
    }
  }
  return out;
}

const MAX_SOURCE_ROWS = 24;

/**
 * What the schedule rests on: every flagged village and the first village of each document.
 * Sources and flags stay complete while a national schedule is not copied into every render's
 * source list.
 */
function scheduleSources({ rows, table }: VillageRows): VillageExit[] {
  const files = new Set<string>();
  const [flags, sourceFiles] = [table.text('qualityFlag'), table.text('sourceFile')];
  const out: VillageExit[] = [];
  for (const i of rows) {
    if (flags[i] === null && files.has(sourceFiles[i]!)) continue;
    files.add(sourceFiles[i]!);
    out.push(table.row(i));
  }
  return out;
}

const isYearCount = (r: Indicator, measure: Indicator['measure']) =>
  isWholeRow(r, 'villages_exited', measure) &&
  r.period.start === r.period.end &&
  (r.unit === 'villages' || r.unit === 'count');

/** One row per year: an unflagged row wins over a flagged one, then file order. */
function fromIndicators(rows: readonly Indicator[], measure: Indicator['measure']): YearMap {
  const out: YearMap = new Map();
  for (const r of rows) {
    if (!isYearCount(r, measure)) continue;
    const prev = out.get(r.period.end);
    if (prev && (prev.rows[0]!.qualityFlag === null || r.qualityFlag !== null)) continue;
    out.set(r.period.end, {
      value: r.value,
      qualifier: r.qualifier,
      valueMax: r.valueMax,
      rows: [r],
    });
  }
  return out;
}

/** Combined qualifier of a sum: exact only if every part is exact and no year is missing. */
function sumQualifier(parts: readonly Qualifier[], gap: boolean): Qualifier {
  if (parts.some((q) => q === 'approx' || q === 'range' || q === 'less_than' || q === 'up_to'))
    return 'approx';
  return gap || parts.some((q) => q !== 'exact') ? 'at_least' : 'exact';
}

function series(byYear: YearMap, source: ExitSource, years: readonly number[]): ExitSeries {
  const have = [...byYear.keys()];
  const first = Math.min(...have);
  const last = Math.max(...have);
  let sum = 0;
  let gap = false;
  const parts: Qualifier[] = [];
  const cumulative = years.map((y): CumulativeFigure | null => {
    if (y < first || y > last) return null;
    const f = byYear.get(y);
    if (f) {
      sum += f.value;
      parts.push(f.qualifier);
    } else if (source === 'indicators') gap = true;
    return { value: sum, qualifier: sumQualifier(parts, gap) };
  });
  return { source, byYear: years.map((y) => byYear.get(y) ?? null), cumulative };
}

const sumOf = (m: YearMap) => [...m.values()].reduce((s, f) => s + f.value, 0);

// A region's deadline milestones cover housing, greening, relocation...: only one about poor
// villages (贫困村…出列/销号) dates the exit plan.
const VILLAGE_GOAL = /贫困村|出列/;

function deadlineOf(
  planned: YearMap,
  total: ExitTotal | null,
  indicators: readonly Indicator[],
  milestones: readonly Milestone[],
): ExitDeadline {
  if (planned.size > 0 && (total === null || sumOf(planned) >= total.value))
    return { year: Math.max(...planned.keys()), basis: 'plan', rows: [] };
  const due = indicators
    .filter((r) => isWholeRow(r, 'villages_exited', 'target') && r.deadline)
    .sort((a, b) => b.deadline!.iso.localeCompare(a.deadline!.iso))[0];
  if (due) return { year: Number(due.deadline!.iso.slice(0, 4)), basis: 'target', rows: [due] };
  const goal = milestones
    .filter((m) => m.kind === 'deadline' && VILLAGE_GOAL.test(m.titleZh))
    .sort((a, b) => b.date.iso.localeCompare(a.date.iso))[0];
  if (goal) return { year: Number(goal.date.iso.slice(0, 4)), basis: 'milestone', rows: [goal] };
  return { year: NATIONAL_DEADLINE, basis: 'national', rows: [] };
}

/**
 * The schedule's village count, unless the region states more poor villages than it lists:
 * a prefecture or the nation rolls up the lists of the few counties that printed one, so
 * its own count, or its count exited over the whole campaign (to 2020, when every poor
 * village had exited), is the honest denominator.
 */
function totalOf(scheduled: number, indicators: readonly Indicator[]): ExitTotal | null {
  const poor = latestIndicator(indicators, 'poor_villages', Infinity);
  const allExited = indicators
    .filter(
      (r) =>
        isWholeRow(r, 'villages_exited', 'actual') &&
        r.unit === 'villages' &&
        r.period.start < r.period.end &&
        r.period.end >= NATIONAL_DEADLINE,
    )
    .sort((a, b) => b.value - a.value)[0];
  for (const [row, basis] of [
    [poor, 'poor_villages'],
    [allExited, 'villages_exited'],
  ] as const)
    if (row && row.value > scheduled)
      return { value: row.value, qualifier: row.qualifier, basis, rows: [row] };
  return scheduled > 0
    ? { value: scheduled, qualifier: 'exact', basis: 'schedule', rows: [] }
    : null;
}

/**
 * Planned and actual village exits of a region by year. Each series prefers the village
 * schedule (rolled up over the subtree) and falls back to the region's own `villages_exited`
 * indicator rows. Null when neither gives a single yearly figure.
 */
export function exitTimeline(model: DashboardModel, code: string): ExitTimeline | null {
  let byCode = cache.get(model);
  if (!byCode) cache.set(model, (byCode = new Map()));
  if (!byCode.has(code)) byCode.set(code, build(model, code));
  return byCode.get(code)!;
}

// A model never changes once loaded, and a region high up the tree reads ~128,000 village
// rows: remember the answer so a year tick of the player does not re-read them.
const cache = new WeakMap<DashboardModel, Map<string, ExitTimeline | null>>();

const isSpan = (r: Indicator) =>
  isWholeRow(r, 'villages_exited', 'actual') &&
  r.period.start < r.period.end &&
  (r.unit === 'villages' || r.unit === 'count');

function build(model: DashboardModel, code: string): ExitTimeline | null {
  const facts = model.facts(code);
  const counts = model.exitCounts(code);
  const listed = model.scheduleCoverage(code);
  const table = model.villageExits;
  const villages: VillageRows = { rows: listed ? villageRowsUnder(model, code) : [], table };
  const [planned, status, exitDate] = [
    table.number('plannedExitYear'),
    table.text('status'),
    table.date('actualExitDate'),
  ];
  const planYear = (i: number) => (Number.isNaN(planned[i]) ? null : planned[i]!);
  const exitYear = (i: number) => {
    const date = exitDate[i];
    return status[i] === 'exited' && date ? Number(date.slice(0, 4)) : null;
  };
  const fromList = (byYear: Map<number, number> | undefined, yearOf: typeof planYear): YearMap =>
    counts && byYear ? fromSchedule(villages, byYear, yearOf) : new Map();

  // The region's own figures first: its own list (or the sum of every county's), then its own
  // reported counts. Some counties' lists stand in only when the region reports nothing itself,
  // and then as a part that names them.
  const wholeList = listed !== null && isWhole(listed);
  const ownPlan = wholeList ? fromList(counts?.plannedByYear, planYear) : new Map();
  const ownExits = wholeList ? fromList(counts?.exitedByYear, exitYear) : new Map();
  let plannedMap: YearMap = ownPlan.size > 0 ? ownPlan : fromIndicators(facts.indicators, 'target');
  let actualMap: YearMap =
    ownExits.size > 0 ? ownExits : fromIndicators(facts.indicators, 'actual');
  const plannedSource: ExitSource = ownPlan.size > 0 ? 'schedule' : 'indicators';
  const actualSource: ExitSource = ownExits.size > 0 ? 'schedule' : 'indicators';
  const spans = facts.indicators.filter(isSpan).map((row) => ({ row }));
  const ownAny = plannedMap.size > 0 || actualMap.size > 0 || spans.length > 0;
  const part = listed?.kind === 'part' ? listed : null;
  const drawPart = !ownAny && part !== null;
  if (drawPart) {
    plannedMap = fromList(counts?.plannedByYear, planYear);
    actualMap = fromList(counts?.exitedByYear, exitYear);
  }
  if (plannedMap.size === 0 && actualMap.size === 0 && spans.length === 0) return null;

  // A part's list says nothing of the region's total or deadline: the cumulative line counts
  // its villages, and the deadline is the region's own or the national one.
  const total = drawPart
    ? null
    : totalOf(wholeList ? (counts?.villages ?? 0) : 0, facts.indicators);
  const deadline = deadlineOf(
    drawPart ? new Map() : plannedMap,
    total,
    facts.indicators,
    facts.milestones,
  );

  const dataYears = [...plannedMap.keys(), ...actualMap.keys()];
  const years =
    dataYears.length === 0
      ? []
      : range(Math.min(deadline.year, ...dataYears), Math.max(deadline.year, ...dataYears));

  const figureRows = [...plannedMap.values(), ...actualMap.values()].flatMap((f) => f.rows);
  const rows = [
    ...new Set([
      ...(total?.basis === 'schedule' || drawPart ? scheduleSources(villages) : []),
      ...figureRows,
      ...spans.map((s) => s.row),
      ...(total?.rows ?? []),
      ...deadline.rows,
    ]),
  ];
  const scheduled = wholeList || drawPart ? (counts?.villages ?? 0) : 0;
  return {
    coverage: drawPart
      ? part
      : listed?.kind === 'sum' && ownPlan.size + ownExits.size > 0
        ? listed
        : OWN,
    undrawnParts: drawPart ? null : part,
    spans,
    years,
    planned:
      plannedMap.size > 0 ? series(plannedMap, drawPart ? 'schedule' : plannedSource, years) : null,
    actual:
      actualMap.size > 0 ? series(actualMap, drawPart ? 'schedule' : actualSource, years) : null,
    total,
    deadline,
    scheduled,
    exitedUndated: scheduled > 0 ? (counts?.exitedUndated ?? 0) : 0,
    rows,
  };
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

export interface PlacedMilestone {
  milestone: Milestone;
  region: Region;
}

/** Levels below which a milestone walk does not descend: a province would collect thousands. */
const WALK_FROM = new Set<Level>(['prefecture', 'county', 'zone', 'township']);

/**
 * Milestones on a region's timeline, oldest first: its own, its ancestors' (the national
 * completion), and, from a prefecture down, its subdivisions' (a county's exit); villages'
 * only from their township, where there are a few dozen, not thousands.
 */
export function timelineMilestones(model: DashboardModel, code: string): PlacedMilestone[] {
  const out: PlacedMilestone[] = [];
  const add = (r: Region) => {
    for (const m of model.facts(r.code).milestones) out.push({ milestone: m, region: r });
  };
  const path = model.regions.path(code);
  path.forEach(add);
  const self = path[path.length - 1];
  const walk = (r: Region) => {
    for (const c of model.regions.children(r.code)) {
      if (c.level === 'village' && self?.level !== 'township') continue;
      add(c);
      walk(c);
    }
  };
  if (self && WALK_FROM.has(self.level)) walk(self);
  return out.sort(
    (a, b) =>
      a.milestone.date.iso.localeCompare(b.milestone.date.iso) ||
      a.milestone.id.localeCompare(b.milestone.id),
  );
}
