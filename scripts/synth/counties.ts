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
  row: string;
  counties: County[];
}

export interface ProvinceNode {
  row: string;
  prefectures: PrefectureNode[];
}

/** Prefectures and poor counties of one province: real ones where the maps have them. */
function provinceNode(
  rng: Prng,
  p: ProvinceGeo,
  next: { prefecture: number; county: number },
): ProvinceNode {
  const node: ProvinceNode = { row: regionRow(p, 'gb2260', 'province', '000000'), prefectures: [] };
  if (p.poorCounties === 0) return node;
  const prefix = p.code.slice(0, 2);
  // Codes 60–89 are unused by real prefectures, so a synthetic one never shadows a real one.
  const prefectures =
    p.prefectures.length > 0
      ? p.prefectures
      : Array.from(
          { length: Math.max(1, Math.round(p.poorCounties / rng.range(5, 9))) },
          (_, i) => {
            const n = ++next.prefecture;
            return {
              ...synthPlace(
                `${prefix}${60 + i}00`,
                `合成地区${pad(n, 3)}`,
                `Synthetic Prefecture ${pad(n, 3)}`,
              ),
              counties: [] as RealPlace[],
            };
          },
        );
  const perPrefecture = rng.split(p.poorCounties, prefectures.length, 0.7);
  prefectures.forEach((pref, i) => {
    const counties: County[] = [];
    node.prefectures.push({ row: regionRow(pref, 'gb2260', 'prefecture', p.code), counties });
    const taken = new Set(pref.counties.map((c) => c.code));
    let number = 50;
    for (let j = 0; j < perPrefecture[i]!; j++) {
      const n = ++next.county;
      let county = pref.counties[j];
      if (!county) {
        // Past the real ones, numbers from 51 up sit above most real county numbers of a prefecture.
        do number++;
        while (taken.has(`${pref.code.slice(0, 4)}${number}`));
        if (number > 99) throw new Error(`too many counties for prefecture ${pref.code}`);
        county = synthPlace(
          `${pref.code.slice(0, 4)}${number}`,
          `合成县${pad(n, 4)}`,
          `Synthetic County ${pad(n, 4)}`,
        );
      }
      counties.push({
        row: regionRow(county, 'gb2260', 'county', pref.code),
        code: county.code,
        name: county.name,
        nameEn: county.nameEn || county.name,
        ancestors: [pref.code, p.code, '000000'],
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
