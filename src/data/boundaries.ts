import type { ColumnTable } from './columnTable';
import type { CodeRows } from './regionsByCode';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BOUNDARIES_FILE, isBoundariesName } from './datasetFiles';
import { readJson, JsonSyntax } from './jsonText';
import { formatBytes } from './limits';
import {
  issueAt,
  presentFileReport,
  type FileReport,
  type Issue,
  type RejectedRow,
} from './report';
import { ringArea2, selfCrossings, type Position, type Ring } from './rings';
import type { GeoFeatureCollection, Region } from './types';

/**
 * A user's own boundaries (township or village polygons no package has): one GeoJSON or
 * TopoJSON file whose features carry region codes. Validated like a table: every feature is
 * accepted or rejected with its index, property and reason, in English and Chinese.
 */

export { BOUNDARIES_FILE, isBoundariesName };

export const BOUNDARY_LIMITS = {
  /** A county's villages in fine detail come to a few MB; 50 MB is a mistake or a country. */
  fileBytes: 50 * 1024 * 1024,
  /** Positions in the whole file: more would stall the map on a phone. */
  vertices: 2_000_000,
  features: 50_000,
} as const;

/** Coordinates a feature in China may have, as for regions.csv lon/lat. */
const LON = [73, 136] as const;
const LAT = [3, 54] as const;

export interface OwnFeature {
  code: string;
  /** The map the feature is drawn on: its region's parent. */
  parent: string;
  geometry:
    { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export interface ValidatedBoundaries {
  report: FileReport;
  features: OwnFeature[];
}

/** The report of a boundaries file before its features are counted. */
export const boundariesReport = (name: string, file = BOUNDARIES_FILE): FileReport =>
  presentFileReport(file, name);

interface Problem {
  property: string;
  en: string;
  zh: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1])
  );
}

/** What is wrong with one ring, or null; `where` names it as a JSON path. */
function ringProblem(ring: unknown, where: string): Problem | null {
  const property = `geometry.coordinates${where}`;
  if (!Array.isArray(ring) || !ring.every(isPosition))
    return {
      property,
      en: 'not a ring of [longitude, latitude] number pairs',
      zh: '不是由 [经度, 纬度] 数对组成的环',
    };
  const r = ring as Ring;
  const outside = r.find(([x, y]) => x < LON[0] || x > LON[1] || y < LAT[0] || y > LAT[1]);
  if (outside)
    return {
      property,
      en: `point ${outside[0]}, ${outside[1]} is outside China (longitude ${LON[0]}–${LON[1]}, latitude ${LAT[0]}–${LAT[1]}); are longitude and latitude swapped, or is it not WGS84 degrees?`,
      zh: `点 ${outside[0]}, ${outside[1]} 不在中国范围内（经度 ${LON[0]}–${LON[1]}，纬度 ${LAT[0]}–${LAT[1]}）；经纬度是否颠倒，或不是 WGS84 经纬度？`,
    };
  const first = r[0];
  const last = r[r.length - 1];
  if (r.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1])
    return {
      property,
      en: `not a closed ring: it needs at least 4 positions, the last equal to the first (has ${r.length})`,
      zh: `不是闭合的环：至少需要 4 个点，且最后一点与第一点相同（现有 ${r.length} 个）`,
    };
  const crossing = selfCrossings(r)[0];
  if (crossing) {
    const [i, j] = crossing;
    return {
      property,
      en: `the ring crosses itself: its edges from position ${i} and from position ${j} intersect`,
      zh: `该环自相交：从第 ${i} 个点和第 ${j} 个点出发的边相交`,
    };
  }
  if (ringArea2(r) === 0) return { property, en: 'the ring has no area', zh: '该环面积为零' };
  return null;
}

function geometryProblem(g: unknown): Problem | null {
  if (!isObject(g))
    return { property: 'geometry', en: 'the feature has no geometry', zh: '该要素没有几何图形' };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon')
    return {
      property: 'geometry.type',
      en: `"${String(g.type)}" is not a Polygon or MultiPolygon: only areas can be boundaries (points go in regions.csv lon/lat)`,
      zh: `“${String(g.type)}”不是 Polygon 或 MultiPolygon：边界只能是面（点位请填 regions.csv 的 lon/lat）`,
    };
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0)
    return {
      property: 'geometry.coordinates',
      en: 'no coordinates',
      zh: '没有坐标',
    };
  for (const [pi, polygon] of polygons.entries()) {
    const at = g.type === 'Polygon' ? '' : `[${pi}]`;
    if (!Array.isArray(polygon) || polygon.length === 0)
      return {
        property: `geometry.coordinates${at}`,
        en: 'a polygon without rings',
        zh: '多边形没有环',
      };
    for (const [ri, ring] of polygon.entries()) {
      const problem = ringProblem(ring, `${at}[${ri}]`);
      if (problem) return problem;
    }
  }
  return null;
}

const vertexCount = (g: unknown): number =>
  Array.isArray(g) ? (isPosition(g) ? 1 : g.reduce((s: number, x) => s + vertexCount(x), 0)) : 0;

/** The features of a parsed GeoJSON FeatureCollection or TopoJSON Topology; else a file problem. */
function featuresOf(json: unknown): { features: unknown[]; topo: boolean } | Problem {
  if (isObject(json) && json.type === 'FeatureCollection' && Array.isArray(json.features))
    return { features: json.features, topo: false };
  if (isObject(json) && json.type === 'Topology' && isObject(json.objects)) {
    try {
      const topo = json as unknown as Topology;
      const features = Object.values(topo.objects).flatMap(
        (o) => feature(topo, o as GeometryCollection).features as unknown[],
      );
      return { features, topo: true };
    } catch (e) {
      const why = (e as Error).message;
      return {
        property: '',
        en: `not valid TopoJSON (${why})`,
        zh: `不是有效的 TopoJSON（${why}）`,
      };
    }
  }
  return {
    property: '',
    en: 'not GeoJSON or TopoJSON: expected {"type": "FeatureCollection", "features": [...]} or {"type": "Topology", "objects": {...}}',
    zh: '不是 GeoJSON 或 TopoJSON：应为 {"type": "FeatureCollection", "features": [...]} 或 {"type": "Topology", "objects": {...}}',
  };
}

/** 1-based line of each GeoJSON feature (its `"type": "Feature"`), so errors can be found. */
function featureLines(text: string, count: number): number[] {
  const lines: number[] = [];
  const re = /"type"\s*:\s*"Feature"/g;
  let line = 1;
  let from = 0;
  for (let m = re.exec(text); m && lines.length < count; m = re.exec(text)) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line++;
      from = i + 1;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Validates a boundaries file against the dataset's regions. `bytes` is the file's size
 * before decoding (checked against the limit first); `name` the file's own name.
 */
export function validateBoundaries(
  name: string,
  text: string,
  bytes: number,
  regions: ReadonlyMap<string, Region>,
  regionsName = 'regions.csv',
): ValidatedBoundaries {
  const report = boundariesReport(name);
  const fileIssue = (
    en: string,
    zh: string,
    line: number | null = null,
    column: number | null = null,
  ) => report.issues.push(issueAt(name, line, column, null, en, zh));
  if (bytes > BOUNDARY_LIMITS.fileBytes) {
    fileIssue(
      `The file is ${formatBytes(bytes)}; boundaries may be at most ${formatBytes(BOUNDARY_LIMITS.fileBytes)}. Simplify them (e.g. mapshaper -simplify) and try again.`,
      `文件大小为 ${formatBytes(bytes)}；边界文件最大 ${formatBytes(BOUNDARY_LIMITS.fileBytes)}。请先简化（如 mapshaper -simplify）再试。`,
    );
    return { report, features: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // The positioned reader only runs to say where a broken file breaks.
    try {
      readJson(text, 64);
    } catch (e) {
      if (!(e instanceof JsonSyntax)) throw e;
      const p = e.located(text);
      fileIssue(
        `${p.en} No boundary of this file is used.`,
        `${p.zh}此文件的边界均未使用。`,
        p.line,
        p.column,
      );
      return { report, features: [] };
    }
  }
  const found = featuresOf(json);
  if (!('features' in found)) {
    fileIssue(
      `${found.en}. No boundary of this file is used.`,
      `${found.zh}。此文件的边界均未使用。`,
    );
    return { report, features: [] };
  }
  const vertices = vertexCount(
    found.features.map((f) =>
      isObject(f) && isObject(f.geometry) ? f.geometry.coordinates : null,
    ),
  );
  if (found.features.length > BOUNDARY_LIMITS.features || vertices > BOUNDARY_LIMITS.vertices) {
    fileIssue(
      `${found.features.length.toLocaleString('en')} features with ${vertices.toLocaleString('en')} points; the limits are ${BOUNDARY_LIMITS.features.toLocaleString('en')} features and ${BOUNDARY_LIMITS.vertices.toLocaleString('en')} points. Simplify the boundaries and try again.`,
      `共 ${found.features.length} 个要素、${vertices} 个点；上限为 ${BOUNDARY_LIMITS.features} 个要素、${BOUNDARY_LIMITS.vertices} 个点。请先简化边界再试。`,
    );
    return { report, features: [] };
  }
  const lines = found.topo ? [] : featureLines(text, found.features.length);
  const seen = new Map<string, number>();
  const features: OwnFeature[] = [];
  // Maps the bundled boundaries draw: an own feature on one of them would replace the map.
  const bundledMaps = new Set([...regions.values()].map((r) => r.map));
  report.header = ['code', 'name'];
  report.total = found.features.length;
  found.features.forEach((f, index) => {
    const props = isObject(f) && isObject(f.properties) ? f.properties : {};
    const raw = props.code;
    const code = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    const region = regions.get(code);
    let problem: Problem | null = null;
    if (!isObject(f) || (f.type !== 'Feature' && !found.topo))
      problem = { property: '', en: 'not a GeoJSON Feature', zh: '不是 GeoJSON 要素（Feature）' };
    else if (code === '')
      problem = {
        property: 'properties.code',
        en: 'no region code: each feature needs a "code" property from regions.csv',
        zh: '缺少地区代码：每个要素都需要 regions.csv 中的 “code” 属性',
      };
    else if (!region)
      problem = {
        property: 'properties.code',
        en: `unknown region code "${code}": not in ${regionsName}`,
        zh: `地区代码“${code}”不在 ${regionsName} 中`,
      };
    else if (region.parentCode === null)
      problem = {
        property: 'properties.code',
        en: `"${code}" is the top of the hierarchy: it has no map above it to be drawn on`,
        zh: `“${code}”是最高一级地区，没有可绘制它的上级地图`,
      };
    else if (region.map !== '')
      problem = {
        property: 'properties.code',
        en: `"${code}" (${region.name}) already has a boundary on map ${region.map}; own boundaries are for regions without one, such as townships and villages`,
        zh: `“${code}”（${region.name}）在地图 ${region.map} 上已有边界；自有边界用于没有边界的地区，如乡镇、村`,
      };
    else if (bundledMaps.has(region.parentCode))
      problem = {
        property: 'properties.code',
        en: `"${code}" (${region.name}) belongs on map ${region.parentCode}, which the bundled boundaries draw; own boundaries draw the subdivisions of a region without a map, such as a county's townships`,
        zh: `“${code}”（${region.name}）属于地图 ${region.parentCode}，该地图由内置边界绘制；自有边界用于绘制没有地图的地区的下级，如县的乡镇`,
      };
    else if (seen.has(code))
      problem = {
        property: 'properties.code',
        en: `"${code}" already has a boundary (feature ${seen.get(code)}); join its parts into one MultiPolygon`,
        zh: `“${code}”已有边界（第 ${seen.get(code)} 个要素）；请把各部分合并为一个 MultiPolygon`,
      };
    else problem = geometryProblem(f.geometry);
    if (problem || !region) {
      const property = `features[${index}]${problem && problem.property ? `.${problem.property}` : ''}`;
      const en = problem?.en ?? '';
      const zh = problem?.zh ?? '';
      const issue: Issue = {
        ...issueAt(
          name,
          lines[index] ?? null,
          null,
          property,
          `Feature ${index}: ${en}.`,
          `第 ${index} 个要素：${zh}。`,
        ),
        record: index + 1,
      };
      const row: RejectedRow = {
        line: lines[index] ?? 1,
        fields: [code, typeof props.name === 'string' ? props.name : ''],
        issues: [issue],
      };
      report.rejected.push(row);
      return;
    }
    seen.set(code, index);
    features.push({
      code,
      parent: region.parentCode!,
      geometry: (f as { geometry: OwnFeature['geometry'] }).geometry,
    });
  });
  report.accepted = features.length;
  return { report, features };
}

/** The accepted features as maps, one per parent, each feature named as in regions.csv. */
export function ownMaps(
  features: readonly OwnFeature[],
  regions: ReadonlyMap<string, Region>,
): Map<string, GeoFeatureCollection> {
  const out = new Map<string, GeoFeatureCollection>();
  for (const f of features) {
    let map = out.get(f.parent);
    if (!map) out.set(f.parent, (map = { type: 'FeatureCollection', features: [] }));
    map.features.push({
      type: 'Feature',
      properties: { name: regions.get(f.code)?.name ?? f.code, adcode: f.code, parent: f.parent },
      geometry: f.geometry,
    });
  }
  return out;
}

/** Puts each region with an own boundary on its parent's map (regions.csv `map`). */
export function placeOnOwnMaps(
  regions: { table: ColumnTable<Region>; byCode: Pick<CodeRows, 'get'> },
  features: readonly OwnFeature[],
): void {
  for (const f of features) {
    const row = regions.byCode.get(f.code);
    if (row !== undefined) regions.table.setText(row, 'map', f.parent);
  }
}
