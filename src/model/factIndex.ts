import type { ColumnTables } from '../data/columnTable';
import type { Fund, Indicator, Infrastructure, Milestone, VillageExit } from '../data/types';

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

export type FactTable = keyof RegionFacts;

/** Which column of each table names the region a row describes. */
const REGION_KEY: Record<FactTable, { table: keyof ColumnTables; key: string }> = {
  indicators: { table: 'indicators', key: 'regionCode' },
  funds: { table: 'funds', key: 'regionCode' },
  infrastructure: { table: 'infrastructure', key: 'regionCode' },
  milestones: { table: 'milestones', key: 'regionCode' },
  villages: { table: 'villageExits', key: 'countyCode' },
};
const FACT_TABLES = Object.keys(REGION_KEY) as FactTable[];

/** Every row by the region it describes. */
export interface FactIndex {
  /** The region's rows; made into objects the first time they are asked for. */
  facts: (code: string) => RegionFacts;
  /** The row numbers of a kind that describe the region, in their table (ColumnTables). */
  rows: (code: string, fact: FactTable) => readonly number[];
}

/** Groups every row by the region it describes, once, as row numbers. */
export function indexFacts(tables: ColumnTables): FactIndex {
  const rowsOf = new Map<string, Record<FactTable, number[]>>();
  for (const fact of FACT_TABLES) {
    const { table, key } = REGION_KEY[fact];
    const codes = tables[table].text(key as never);
    // Rows come in runs of one region (a county's villages): look each run up once.
    let lastCode: string | null = null;
    let last: number[] = [];
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (code !== lastCode) {
        let f = rowsOf.get(code);
        if (!f)
          rowsOf.set(
            code,
            (f = { indicators: [], funds: [], infrastructure: [], milestones: [], villages: [] }),
          );
        lastCode = code;
        last = f[fact];
      }
      last.push(i);
    }
  }
  const made = new Map<string, RegionFacts>();
  const facts = (code: string): RegionFacts => {
    let out = made.get(code);
    if (out) return out;
    const rows = rowsOf.get(code);
    if (!rows) return EMPTY;
    out = {} as RegionFacts;
    for (const fact of FACT_TABLES) {
      const table = tables[REGION_KEY[fact].table];
      (out as unknown as Record<FactTable, unknown[]>)[fact] = rows[fact].map((i) => table.row(i));
    }
    made.set(code, out);
    return out;
  };
  return { facts, rows: (code, fact) => rowsOf.get(code)?.[fact] ?? [] };
}
