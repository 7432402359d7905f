/**
 * Plane geometry of polygon rings in lon/lat degrees: shared by the validation of a user's own
 * boundaries (src/data/boundaries.ts) and the map extraction (scripts/maps).
 */

export type Position = [number, number];
/** Closed: the first and last positions are equal. */
export type Ring = Position[];

/** Twice the signed area (shoelace) of a closed ring. */
export function ringArea2(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s;
}

const orient = (p: Position, q: Position, r: Position): number =>
  Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));

/** Proper crossings between non-adjacent segments of a closed ring, as segment index pairs. */
export function selfCrossings(ring: Ring): Array<[number, number]> {
  const m = ring.length - 1;
  const order = Array.from({ length: m }, (_, i) => i);
  const minX = (i: number): number =>
    Math.min((ring[i] as Position)[0], (ring[i + 1] as Position)[0]);
  const maxX = (i: number): number =>
    Math.max((ring[i] as Position)[0], (ring[i + 1] as Position)[0]);
  order.sort((a, b) => minX(a) - minX(b));
  const out: Array<[number, number]> = [];
  for (let oi = 0; oi < m; oi++) {
    const i = order[oi] as number;
    const hi = maxX(i);
    for (let oj = oi + 1; oj < m; oj++) {
      const j = order[oj] as number;
      if (minX(j) > hi) break;
      const d = Math.abs(i - j);
      if (d <= 1 || d === m - 1) continue; // adjacent segments share a point
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      const c = ring[j] as Position;
      const e = ring[j + 1] as Position;
      if (orient(a, b, c) * orient(a, b, e) < 0 && orient(c, e, a) * orient(c, e, b) < 0)
        out.push(i < j ? [i, j] : [j, i]);
    }
  }
  return out;
}
