import type { Region } from './types';

// Apart from validation, so the model (on pages that never validate) loads no parser with it.

export function mapByCode(regions: readonly Region[]): Map<string, Region> {
  const out = new Map<string, Region>();
  for (const r of regions) out.set(r.code, r);
  return out;
}

const validatedByCode = new WeakMap<readonly Region[], Map<string, Region>>();

/** Validation keeps the map it built for its references, for regionsByCode to hand out. */
export function keepRegionsByCode(regions: readonly Region[], byCode: Map<string, Region>): void {
  validatedByCode.set(regions, byCode);
}

/**
 * Regions by code. Validation needs this map for its references; the model asks for it again
 * for validated regions and gets the same map instead of building 138,000 entries twice.
 */
export function regionsByCode(regions: readonly Region[]): ReadonlyMap<string, Region> {
  return validatedByCode.get(regions) ?? mapByCode(regions);
}
