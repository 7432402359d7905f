import type { ColumnTable } from './columnTable';
import type { Region } from './types';

// Apart from validation, so the model (on pages that never validate) loads no parser with it.

export function mapByCode(regions: readonly Region[]): Map<string, Region> {
  const out = new Map<string, Region>();
  for (const r of regions) out.set(r.code, r);
  return out;
}

const byTable = new WeakMap<ColumnTable<Region>, ReadonlyMap<string, number>>();

/** Remembers the row of each code that validation found while reading the table. */
export function keepRegionRows(
  regions: ColumnTable<Region>,
  rows: ReadonlyMap<string, number>,
): void {
  byTable.set(regions, rows);
}

/**
 * The row of each region code. Validation needs this map for its references and the model
 * for its lookups: 138,000 entries are built once per table, whichever asks first.
 */
export function regionRowsByCode(regions: ColumnTable<Region>): ReadonlyMap<string, number> {
  let out = byTable.get(regions);
  if (!out) {
    const rows = new Map<string, number>();
    const codes = regions.text('code');
    for (let i = 0; i < codes.length; i++) rows.set(codes[i]!, i);
    byTable.set(regions, (out = rows));
  }
  return out;
}
