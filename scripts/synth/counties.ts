import type { Ring } from '../maps/simplify';
import type { ProvinceGeo, RealPlace } from './geography';
import type { Prng } from './prng';

/** The synthetic tree down to counties: real provinces, prefectures and counties where known. */

export const SYNTH_SOURCE = 'synthetic-generator';
/** Counties that left the list each year, 2016–2020 (28, 125, 283, 344, 52 of the 832). */
const COUNTY_EXIT_WEIGHTS = [28, 125, 283, 344, 52];

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Quotes a text cell only when it needs it; real names from map extracts are data too. */
export const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export interface County {
  row: string;
  code: string;
  name: string;
  nameEn: string;
  /** Codes of the prefecture, province and nation above it. */
  ancestors: string[];
  exitYear: number;
  villages: number;
  /** The county's polygons (empty for a synthetic county): villages get points inside them. */
  polygons: Ring[][];
}

/** lon,lat cells of regions.csv: empty for a place without a point. */
export const pointCells = (p: readonly [number, number] | null) => (p ? `${p[0]},${p[1]}` : ',');

function regionRow(place: RealPlace, kind: string, level: string, parent: string): string {
  return `${place.code},${kind},${cell(place.name)},${cell(place.nameEn)},${level},${parent},${place.map},${pointCells(place.point)},,${cell(place.source)}`;
}

function synthPlace(code: string, name: string, nameEn: string): RealPlace {
  return { code, name, nameEn, map: '', source: SYNTH_SOURCE, point: null, polygons: [] };
}

export interface PrefectureNode {
  /** null: the counties sit directly under the province, as a municipality's do (重庆). */
  row: string | null;
  counties: County[];
}

/** A real division of a province without poor counties: listed so the province's map has it. */
export interface QuietPlace {
  row: string;
  code: string;
}

export interface ProvinceNode {
  code: string;
  row: string;
  prefectures: PrefectureNode[];
  /** The divisions of a province without poor counties; they get headcounts only. */
  quiet: QuietPlace[];
}

/** Where a province's poor counties go: real prefectures, the province itself, or synthetic ones. */
function countyGroups(
  rng: Prng,
  p: ProvinceGeo,
  next: { prefecture: number; county: number },
): Array<{ place: RealPlace; counties: RealPlace[]; row: string | null }> {
  if (p.prefectures.length > 0)
    return p.prefectures.map((pref) => ({
      place: pref,
      counties: pref.counties,
      row: regionRow(pref, 'gb2260', 'prefecture', p.code),
    }));
  // A municipality's map draws its districts and counties directly.
  if (p.counties.length > 0) return [{ place: p, counties: p.counties, row: null }];
  // Codes 60–89 are unused by real prefectures, so a synthetic one never shadows a real one.
  return Array.from(
    { length: Math.max(1, Math.round(p.poorCounties / rng.range(5, 9))) },
    (_, i) => {
      const n = ++next.prefecture;
      const place = synthPlace(
        `${p.code.slice(0, 2)}${60 + i}00`,
        `合成地区${pad(n, 3)}`,
        `Synthetic Prefecture ${pad(n, 3)}`,
      );
      return { place, counties: [], row: regionRow(place, 'gb2260', 'prefecture', p.code) };
    },
  );
}

/** Prefectures and poor counties of one province: real ones where the maps have them. */
function provinceNode(
  rng: Prng,
  p: ProvinceGeo,
  next: { prefecture: number; county: number },
): ProvinceNode {
  const node: ProvinceNode = {
    code: p.code,
    row: regionRow(p, 'gb2260', 'province', '000000'),
    prefectures: [],
    quiet: [],
  };
  if (p.poorCounties === 0) {
    node.quiet = [
      ...p.prefectures.map((f) => ({
        row: regionRow(f, 'gb2260', 'prefecture', p.code),
        code: f.code,
      })),
      ...p.counties.map((c) => ({ row: regionRow(c, 'gb2260', 'county', p.code), code: c.code })),
    ];
    return node;
  }
  const groups = countyGroups(rng, p, next);
  const perGroup = rng.split(p.poorCounties, groups.length, 0.7);
  groups.forEach((group, i) => {
    const counties: County[] = [];
    const parent = group.place.code;
    node.prefectures.push({ row: group.row, counties });
    const taken = new Set(group.counties.map((c) => c.code));
    let number = 50;
    for (let j = 0; j < perGroup[i]!; j++) {
      const n = ++next.county;
      let county = group.counties[j];
      if (!county) {
        // Past the real ones, numbers from 51 up sit above most real county numbers of a prefecture.
        do number++;
        while (taken.has(`${parent.slice(0, 4)}${number}`));
        if (number > 99) throw new Error(`too many counties for prefecture ${parent}`);
        county = synthPlace(
          `${parent.slice(0, 4)}${number}`,
          `合成县${pad(n, 4)}`,
          `Synthetic County ${pad(n, 4)}`,
        );
      }
      counties.push({
        row: regionRow(county, 'gb2260', 'county', parent),
        code: county.code,
        name: county.name,
        nameEn: county.nameEn || county.name,
        ancestors: [...(group.row === null ? [] : [parent]), p.code, '000000'],
        exitYear: 2016 + rng.weighted(COUNTY_EXIT_WEIGHTS),
        villages: 0,
        polygons: county.polygons,
      });
    }
  });
  return node;
}

/** Provinces, prefectures and counties in code order, each with its regions.csv row. */
export function countyTree(rng: Prng, geo: readonly ProvinceGeo[]): ProvinceNode[] {
  const next = { prefecture: 0, county: 0 };
  return geo.map((p) => provinceNode(rng, p, next));
}
