import type { ExitStatus, PartialDate, QualityFlag, Region, VillageExit } from '../data/types';
import type { DashboardModel } from './dashboardModel';

/** Levels whose rows in village_exits.csv are keyed by their own code (county_code). */
const KEYED = new Set(['county', 'zone']);
const BELOW_COUNTY = new Set(['township', 'village']);

/**
 * Village exit rows of a region's subtree, as row numbers in `model.villageExits`. Rows are
 * keyed by county, so a higher region walks down to its counties only (never to its 128,000
 * villages), and a township or village filters its county's rows.
 */
export function villageRowsUnder(model: DashboardModel, code: string): readonly number[] {
  const region = model.region(code);
  if (!region) return model.villageRows(code);
  if (BELOW_COUNTY.has(region.level)) {
    const county = model.regions.path(code).find((r) => KEYED.has(r.level));
    if (!county) return [];
    const codes = model.villageExits.text('villageCode');
    return model.villageRows(county.code).filter((i) => model.regions.isWithin(codes[i]!, code));
  }
  const out: number[] = [];
  const walk = (r: Region) => {
    for (const i of model.villageRows(r.code)) out.push(i);
    for (const c of model.regions.children(r.code)) if (!BELOW_COUNTY.has(c.level)) walk(c);
  };
  walk(region);
  return out;
}

/** Village exit rows of a region's subtree, at most `limit` of them. */
export function villagesUnder(
  model: DashboardModel,
  code: string,
  limit = Infinity,
): VillageExit[] {
  const table = model.villageExits;
  return villageRowsUnder(model, code)
    .slice(0, limit)
    .map((i) => table.row(i));
}

export interface VillageEntry {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  plannedYear: number | null;
  actualDate: PartialDate | null;
  status: ExitStatus;
  flag: QualityFlag | null;
  /** The flag's note in both languages; the view picks one. */
  qualityNote: string;
  qualityNoteZh: string;
  quote: string;
  sourceFile: string;
}

export interface TownshipGroup {
  key: string;
  /** Official township name, else the name as the source printed it, else ''. */
  township: string;
  townshipEn: string;
  county: string;
  countyEn: string;
  villages: VillageEntry[];
}

export interface VillageGroups {
  groups: TownshipGroup[];
  /** Villages under the region in the schedule, including any not listed. */
  total: number;
  /** Villages listed in `groups`. */
  shown: number;
}

/**
 * A county lists every village it has (a real county had a few hundred poor villages at most);
 * above it, the first hundred: each listed village is a dozen DOM nodes, and a province's
 * thousands would make every region switch re-lay out a huge table.
 */
export const VILLAGE_LIST_LIMIT = { countyOrBelow: 500, above: 100 };

const listLimit = (model: DashboardModel, code: string): number => {
  const level = model.region(code)?.level;
  return level && (KEYED.has(level) || BELOW_COUNTY.has(level))
    ? VILLAGE_LIST_LIMIT.countyOrBelow
    : VILLAGE_LIST_LIMIT.above;
};

/** The named villages under a region, grouped by township (county first for higher regions). */
export function villagesByTownship(
  model: DashboardModel,
  code: string,
  limit = listLimit(model, code),
): VillageGroups {
  const rows = villagesUnder(model, code, limit);
  const groups = new Map<string, TownshipGroup>();
  for (const v of rows) {
    const village = model.region(v.villageCode);
    const parent = village?.parentCode ? model.region(village.parentCode) : undefined;
    const township = parent?.level === 'township' ? parent : undefined;
    const county = model.region(v.countyCode);
    const key = township ? township.code : `${v.countyCode}:${v.townshipName}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        township: township?.name ?? v.townshipName,
        townshipEn: township?.nameEn ?? '',
        county: county?.name ?? v.countyCode,
        countyEn: county?.nameEn ?? '',
        villages: [],
      };
      groups.set(key, g);
    }
    g.villages.push({
      id: v.id,
      code: v.villageCode,
      name: village?.name ?? v.villageCode,
      nameEn: village?.nameEn ?? '',
      plannedYear: v.plannedExitYear,
      actualDate: v.actualExitDate,
      status: v.status,
      flag: v.qualityFlag,
      qualityNote: v.qualityNote,
      qualityNoteZh: v.qualityNoteZh,
      quote: v.sourceQuote,
      sourceFile: v.sourceFile,
    });
  }
  const sorted = [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const g of sorted) g.villages.sort((a, b) => a.code.localeCompare(b.code));
  const truncated = rows.length >= limit;
  return {
    groups: sorted,
    total: truncated ? Math.max(rows.length, model.exitCounts(code)?.villages ?? 0) : rows.length,
    shown: rows.length,
  };
}
