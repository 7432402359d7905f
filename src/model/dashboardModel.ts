import type { ValidatedDataset } from '../data/validateDataset';
import type { Manifest, Region } from '../data/types';
import { lastDayOf } from './dates';
import { aggregateExits, type ExitCounts } from './exitCounts';
import { indexFacts, type RegionFacts } from './factIndex';
import { metricValue, type MetricKey, type MetricValue } from './metrics';
import { RegionIndex } from './regionIndex';
import { runToEnd, type Sliced } from './sliced';

const SUMMABLE: ReadonlySet<MetricKey> = new Set(['poor_people', 'funds']);

/** The indexes a model answers from, built once per dataset. */
export interface ModelIndexes {
  regions: RegionIndex;
  factsOf: (code: string) => RegionFacts;
  exits: Map<string, ExitCounts>;
  years: number[];
  withOwnData: Region[];
  withDataBelow: Set<string>;
}

/** Builds the indexes in slices, so the page can run it between frames (see runInSlices). */
export function* indexDataset(dataset: ValidatedDataset): Sliced<ModelIndexes> {
  const t = dataset.tables;
  const regions = yield* RegionIndex.build(t.regions);
  const factsOf = indexFacts(t);
  yield;
  const exits = yield* aggregateExits(regions, t.villageExits);
  const years = new Set<number>();
  for (const rows of [t.indicators, t.funds, t.infrastructure])
    for (const r of rows) for (let y = r.period.start; y <= r.period.end; y++) years.add(y);
  for (const c of exits.values()) for (const y of c.plannedByYear.keys()) years.add(y);
  for (const m of t.milestones) years.add(Number(m.date.iso.slice(0, 4)));
  yield;

  const own = new Set<string>();
  for (const rows of [t.indicators, t.funds, t.infrastructure, t.milestones])
    for (const r of rows) own.add(r.regionCode);
  // A county's villages come in a run: add the county once per run, not once per village.
  let county: string | undefined;
  for (const v of t.villageExits) if (v.countyCode !== county) own.add((county = v.countyCode));
  yield;
  const withDataBelow = new Set(exits.keys());
  for (const code of own) for (const r of regions.path(code)) withDataBelow.add(r.code);
  return {
    regions,
    factsOf,
    exits,
    years: [...years].filter((y) => y >= 2010 && y <= 2025).sort((a, b) => a - b),
    withOwnData: [...own].flatMap((code) => regions.get(code) ?? []),
    withDataBelow,
  };
}

/**
 * Everything the views ask of a dataset, indexed once on load. Each question is answered
 * from indexes, so switching region costs time in the size of the answer, not of the data.
 */
export class DashboardModel {
  readonly regions: RegionIndex;
  readonly manifest: Manifest | null;
  readonly years: number[];
  private readonly factsOf: (code: string) => RegionFacts;
  private readonly exits: Map<string, ExitCounts>;
  private readonly withOwnData: Region[];
  private readonly withDataBelow: Set<string>;

  constructor(dataset: ValidatedDataset, indexes: ModelIndexes = runToEnd(indexDataset(dataset))) {
    this.manifest = dataset.manifest;
    this.regions = indexes.regions;
    this.factsOf = indexes.factsOf;
    this.exits = indexes.exits;
    this.years = indexes.years;
    this.withOwnData = indexes.withOwnData;
    this.withDataBelow = indexes.withDataBelow;
  }

  /** The year views open on: the latest with data. */
  get latestYear(): number {
    return this.years[this.years.length - 1] ?? 2020;
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
    return this.factsOf(code);
  }

  exitCounts(code: string): ExitCounts | undefined {
    return this.exits.get(code);
  }

  /** The region's own figure; for sums, the children's total when the region reports none. */
  metric(key: MetricKey, code: string, year: number): MetricValue | null {
    const own = metricValue(key, this.factsOf(code), this.exits.get(code), year);
    if (own || !SUMMABLE.has(key)) return own;
    const children = this.regions.children(code);
    const values = children
      .map((c) => metricValue(key, this.factsOf(c.code), this.exits.get(c.code), year))
      .filter((v): v is MetricValue => v !== null);
    if (values.length === 0) return null;
    return {
      value: values.reduce((s, v) => s + v.value, 0),
      unit: values[0]!.unit,
      year: Math.max(...values.map((v) => v.year)),
      qualifier:
        values.length === children.length && values.every((v) => v.qualifier === 'exact')
          ? 'exact'
          : 'at_least',
      sources: values.flatMap((v) => v.sources).slice(0, 20),
      derivation: { kind: 'children_sum', contributing: values.length, children: children.length },
    };
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
