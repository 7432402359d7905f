import { pointInPolygon, polygonArea } from '../maps/geometry';
import type { Position, Ring } from '../maps/simplify';
import type { Prng } from './prng';

/**
 * A plausible village location: a uniformly random point inside the county's largest polygon
 * (rejection sampling in its bounding box), rounded to 4 decimals. null for a county without
 * polygons: a synthetic county has no real place to put its villages.
 */
export function pointInside(rng: Prng, polygons: readonly Ring[][]): Position | null {
  const largest = polygons.reduce<Ring[] | null>(
    (best, p) => (!best || polygonArea(p) > polygonArea(best) ? p : best),
    null,
  );
  if (!largest) return null;
  const outer = largest[0]!;
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (let i = 0; i < 200; i++) {
    const p: Position = [
      Math.round(rng.range(x0, x1) * 1e4) / 1e4,
      Math.round(rng.range(y0, y1) * 1e4) / 1e4,
    ];
    if (pointInPolygon(p, largest)) return p;
  }
  return null;
}
