/**
 * Points for markers: a representative point of a (multi)polygon that is always inside it, used
 * for regions.csv lon/lat and by the synthetic generator for village points.
 */
import { ringArea2, type Position, type Ring } from './simplify';

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

export function pointInPolygon(pt: Position, polygon: Ring[]): boolean {
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

export const polygonArea = (polygon: Ring[]): number =>
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
export function representativePoint(polygons: Ring[][]): { point: Position; fallback: boolean } {
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
