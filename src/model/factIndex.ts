import type {
  DatasetTables,
  Fund,
  Indicator,
  Infrastructure,
  Milestone,
  VillageExit,
} from '../data/types';

export interface RegionFacts {
  indicators: Indicator[];
  funds: Fund[];
  infrastructure: Infrastructure[];
  milestones: Milestone[];
  /** Village exit rows whose county is this region. */
  villages: VillageExit[];
}

const EMPTY: RegionFacts = Object.freeze({
  indicators: [],
  funds: [],
  infrastructure: [],
  milestones: [],
  villages: [],
}) as RegionFacts;

/** Groups every row by the region it describes, once. */
export function indexFacts(tables: DatasetTables): (code: string) => RegionFacts {
  const byRegion = new Map<string, RegionFacts>();
  // Rows come in runs of one region (a county's villages): look each run up once.
  let lastCode: string | undefined;
  let last: RegionFacts | undefined;
  const slot = (code: string) => {
    if (code === lastCode) return last!;
    let f = byRegion.get(code);
    if (!f)
      byRegion.set(
        code,
        (f = { indicators: [], funds: [], infrastructure: [], milestones: [], villages: [] }),
      );
    lastCode = code;
    last = f;
    return f;
  };
  for (const r of tables.indicators) slot(r.regionCode).indicators.push(r);
  for (const r of tables.funds) slot(r.regionCode).funds.push(r);
  for (const r of tables.infrastructure) slot(r.regionCode).infrastructure.push(r);
  for (const r of tables.milestones) slot(r.regionCode).milestones.push(r);
  for (const r of tables.villageExits) slot(r.countyCode).villages.push(r);
  return (code) => byRegion.get(code) ?? EMPTY;
}
