import { pointInPolygon, polygonArea } from '../maps/geometry';
import type { Position, Ring } from '../maps/simplify';
import type { Prng } from './prng';

/**
 * A plausible village location: a uniformly random point inside the county's largest polygon
 * (rejection sampling in its bounding box), rounded to 4 decimals. null for a county without
 * polygons: a synthetic county has no real place to put its villages.
 */
export function pointInside(rng: Prng, polygons: readonly Ring[][]): Position | null {
  const largest = largestOf(polygons);
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

const largestOf = (polygons: readonly Ring[][]) =>
  polygons.reduce<Ring[] | null>(
    (best, p) => (!best || polygonArea(p) > polygonArea(best) ? p : best),
    null,
  );

/**
 * A point within `radius` degrees of `centre` and inside the county, else anywhere inside it:
 * a township's villages lie together, so the township's dot (their centre) is where they are.
 */
export function pointNear(
  rng: Prng,
  centre: Position | null,
  polygons: readonly Ring[][],
  radius = 0.05,
): Position | null {
  const largest = largestOf(polygons);
  if (!centre || !largest) return pointInside(rng, polygons);
  for (let i = 0; i < 50; i++) {
    const p: Position = [
      Math.round((centre[0] + rng.range(-radius, radius)) * 1e4) / 1e4,
      Math.round((centre[1] + rng.range(-radius, radius)) * 1e4) / 1e4,
    ];
    if (pointInPolygon(p, largest)) return p;
  }
  return pointInside(rng, polygons);
}
