import type { ColumnTable, ColumnTables } from '../data/columnTable';
import type { ValidatedDataset } from '../data/validateDataset';
import { ownMaps } from '../data/boundaries';
import type { GeoFeatureCollection, Manifest, Region, Sourced, VillageExit } from '../data/types';
import { assembled, coveredBelow, OWN, type Coverage } from './coverage';
import { lastDayOf } from './dates';
import { aggregateExits, type ExitCounts } from './exitCounts';
import { indexFacts, type FactIndex, type RegionFacts } from './factIndex';
import { metricValue, type MetricKey, type MetricValue } from './metrics';
import { RegionIndex } from './regionIndex';
import { runToEnd, type Sliced } from './sliced';

const SUMMABLE: ReadonlySet<MetricKey> = new Set(['poor_people', 'funds']);

/** The indexes a model answers from, built once per dataset. */
export interface ModelIndexes {
  regions: RegionIndex;
  facts: FactIndex;
  exits: Map<string, ExitCounts>;
  years: number[];
  withOwnData: Region[];
  withDataBelow: Set<string>;
  /** Years of reported (not planned or target) figures: each region's own, and its subtree's. */
  reportedYears: { own: Map<string, Set<number>>; below: Map<string, Set<number>> };
}

const inRange = (y: number) => y >= 2010 && y <= 2025;

/** The indexes of the tables that arrive first, which a page may build while the rest load. */
export type EarlyIndexes = Partial<Pick<ModelIndexes, 'regions' | 'exits'>>;

/**
 * Builds the indexes in slices, so the page can run it between frames (see runInSlices);
 * `early` are those already built from the same tables.
 */
export function* indexDataset(
  dataset: Pick<ValidatedDataset, 'columns'>,
  early: EarlyIndexes = {},
): Sliced<ModelIndexes> {
  const t = dataset.columns;
  const regions = early.regions ?? (yield* RegionIndex.build(t.regions));
  const facts = indexFacts(t);
  yield;
  const exits = early.exits ?? (yield* aggregateExits(regions, t.villageExits));
  const years = new Set<number>();
  for (const table of [t.indicators, t.funds, t.infrastructure]) {
    const { start, end } = table.period('period');
    for (let i = 0; i < table.length; i++) for (let y = start[i]!; y <= end[i]!; y++) years.add(y);
  }
  for (const c of exits.values()) for (const y of c.plannedByYear.keys()) years.add(y);
  for (const iso of t.milestones.date('date')) years.add(Number(iso!.slice(0, 4)));
  yield;

  const own = new Set<string>();
  for (const table of [t.indicators, t.funds, t.infrastructure, t.milestones])
    for (const code of table.text('regionCode')) own.add(code!);
  // A county's villages come in a run: add the county once per run, not once per village.
  let county: string | null = null;
  for (const code of t.villageExits.text('countyCode'))
    if (code !== county) own.add((county = code!));
  yield;
  const withDataBelow = new Set(exits.keys());
  for (const code of own) for (const r of regions.path(code)) withDataBelow.add(r.code);
  yield;
  return {
    reportedYears: reportedYears(t, exits, regions),
    regions,
    facts,
    exits,
    years: [...years].filter(inRange).sort((a, b) => a - b),
    withOwnData: [...own].flatMap((code) => regions.get(code) ?? []),
    withDataBelow,
  };
}

function reportedYears(
  t: ColumnTables,
  exits: Map<string, ExitCounts>,
  regions: RegionIndex,
): ModelIndexes['reportedYears'] {
  const own = new Map<string, Set<number>>();
  const add = (code: string, y: number) => {
    if (!inRange(y)) return;
    let set = own.get(code);
    if (!set) own.set(code, (set = new Set()));
    set.add(y);
  };
  for (const table of [t.indicators, t.funds, t.infrastructure]) {
    const [measure, code, { end }] = [
      table.text('measure'),
      table.text('regionCode'),
      table.period('period'),
    ];
    for (let i = 0; i < table.length; i++) if (measure[i] === 'actual') add(code[i]!, end[i]!);
  }
  // Exit counts are already rolled up the tree.
  const below = new Map<string, Set<number>>();
  for (const [code, c] of exits)
    below.set(code, new Set([...c.exitedByYear.keys()].filter(inRange)));
  for (const [code, set] of own)
    for (const r of regions.path(code)) {
      let into = below.get(r.code);
      if (!into) below.set(r.code, (into = new Set()));
      for (const y of set) into.add(y);
    }
  return { own, below };
}

/**
 * Everything the views ask of a dataset, indexed once on load. Each question is answered
 * from indexes, so switching region costs time in the size of the answer, not of the data.
 */
export class DashboardModel {
  readonly regions: RegionIndex;
  readonly manifest: Manifest | null;
  readonly years: number[];
  private readonly factIndex: FactIndex;
  private readonly exits: Map<string, ExitCounts>;
  private readonly withOwnData: Region[];
  private readonly withDataBelow: Set<string>;
  private readonly reported: ModelIndexes['reportedYears'];
  private readonly scheduleCoverages = new Map<string, Coverage | null>();
  /** Maps drawn from the dataset's own boundaries, by name (the parent's code). */
  readonly ownMaps: ReadonlyMap<string, GeoFeatureCollection>;
  private readonly columns: ColumnTables;

  constructor(
    dataset: Pick<ValidatedDataset, 'manifest' | 'columns' | 'boundaries'>,
    indexes: ModelIndexes = runToEnd(indexDataset(dataset)),
  ) {
    this.manifest = dataset.manifest;
    this.columns = dataset.columns;
    this.regions = indexes.regions;
    this.factIndex = indexes.facts;
    this.exits = indexes.exits;
    this.years = indexes.years;
    this.withOwnData = indexes.withOwnData;
    this.withDataBelow = indexes.withDataBelow;
    this.reported = indexes.reportedYears;
    const own = dataset.boundaries ?? [];
    this.ownMaps =
      own.length === 0
        ? new Map()
        : ownMaps(own, new Map(own.map((f) => [f.code, this.regions.get(f.code)!])));
  }

  /** The latest year of the whole dataset. */
  get latestYear(): number {
    return this.years[this.years.length - 1] ?? 2020;
  }

  /**
   * The year a region's views open on: the latest with a figure the region reports itself,
   * else the latest reported below it, so its cards do not open on a later year that nothing
   * describes.
   */
  defaultYear(code: string): number {
    const years = this.reported.own.get(code) ?? this.reported.below.get(code);
    return years && years.size > 0 ? Math.max(...years) : this.latestYear;
  }

  /**
   * YYYY-MM-DD: the day the data speaks for (manifest as_of, a year or month read as its last
   * day; without a manifest, the end of the latest year with data). Anything "so far" is
   * judged on this day, never by the clock: the figures do not move when the calendar does.
   */
  get asOf(): string {
    return lastDayOf(this.manifest?.as_of ?? String(this.latestYear));
  }

  get synthetic(): boolean {
    return this.manifest?.synthetic ?? false;
  }

  region(code: string): Region | undefined {
    return this.regions.get(code);
  }

  facts(code: string): RegionFacts {
    return this.factIndex.facts(code);
  }

  /** How many village exit rows the region (a county) lists, without reading them. */
  villageCount(code: string): number {
    return this.villageRows(code).length;
  }

  /** The rows (in `villageExits`) of the villages the region (a county) lists. */
  villageRows(code: string): readonly number[] {
    return this.factIndex.rows(code, 'villages');
  }

  /** The village exit table as columns, for questions over many villages. */
  get villageExits(): ColumnTable<VillageExit> {
    return this.columns.villageExits;
  }

  exitCounts(code: string): ExitCounts | undefined {
    return this.exits.get(code);
  }

  /**
   * What the village exit counts of a region cover: its own list (a county's, or the part of
   * it in a township), every county below it, or only some: null without any list.
   */
  scheduleCoverage(code: string): Coverage | null {
    const cached = this.scheduleCoverages.get(code);
    if (cached !== undefined) return cached;
    const counts = this.exits.get(code);
    let out: Coverage | null = null;
    if (counts && counts.villages > 0) {
      const counties = [...counts.counties];
      const ownList = counties.some((c) => this.regions.isWithin(code, c));
      out = ownList
        ? OWN
        : assembled(
            this.regions,
            code,
            counties.flatMap((c) => this.regions.get(c) ?? []),
            coveredBelow(this.regions, code, (c) => this.villageCount(c) > 0),
          );
    }
    this.scheduleCoverages.set(code, out);
    return out;
  }

  /** The region's own value of a metric, null without one. */
  private ownMetric(key: MetricKey, code: string, year: number): MetricValue | null {
    const own = this.scheduleCoverage(code)?.kind === 'own';
    return metricValue(key, this.facts(code), own ? this.exits.get(code) : undefined, year);
  }

  /**
   * The region's own figure wins. Failing that, a sum of its subdivisions' own figures for
   * one year (the latest any of them reports): the total when all of them report, else a
   * part that names them.
   */
  metric(key: MetricKey, code: string, year: number): MetricValue | null {
    const own = this.ownMetric(key, code, year);
    if (own || !SUMMABLE.has(key)) return own;
    const children = this.regions.children(code);
    const found = children.flatMap((c) => {
      const v = this.ownMetric(key, c.code, year);
      return v ? [{ region: c, v }] : [];
    });
    if (found.length === 0) return null;
    // Figures of different years do not add up to any year's total.
    const latest = Math.max(...found.map((f) => f.v.year));
    const parts = found.filter((f) => f.v.year === latest);
    const values = parts.map((f) => f.v);
    const complete = parts.length === children.length;
    return {
      value: values.reduce((s, v) => s + v.value, 0),
      unit: values[0]!.unit,
      year: latest,
      qualifier: complete && values.every((v) => v.qualifier === 'exact') ? 'exact' : 'at_least',
      sources: values.flatMap((v) => v.sources).slice(0, 20),
      derivation: { kind: 'children_sum' },
      coverage: assembled(
        this.regions,
        code,
        parts.map((f) => f.region),
        complete,
      ),
    };
  }

  /** Every row with a data-quality flag, table by table: the others are never made into objects. */
  flaggedRows(): Sourced[] {
    const t = this.columns;
    return [t.indicators, t.funds, t.infrastructure, t.milestones, t.villageExits].flatMap(
      (table: ColumnTable<Sourced>) => {
        const flags = table.text('qualityFlag');
        const out: Sourced[] = [];
        for (let i = 0; i < table.length; i++) if (flags[i] !== null) out.push(table.row(i));
        return out;
      },
    );
  }

  /** Whether any row describes this region or anything below it. */
  hasData(code: string): boolean {
    return this.withDataBelow.has(code);
  }

  /** Regions that have rows of their own, for markers on the national and province maps. */
  regionsWithData(): Region[] {
    return this.withOwnData;
  }
}
