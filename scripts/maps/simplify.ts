/**
 * Geometry clean-up for the map extracts: rounding, duplicate removal and a topology-aware
 * Douglas–Peucker simplification.
 *
 * Shared borders stay shared: every ring is cut into chains at junctions (points where the
 * neighbouring rings change), each distinct chain is simplified once in a canonical direction,
 * and every ring that uses it gets the identical result. Two neighbouring prefectures therefore
 * still meet exactly, with no slivers or gaps.
 */

import { ringArea2, selfCrossings, type Position, type Ring } from '../../src/data/rings';

export { ringArea2, selfCrossings, type Position, type Ring };

const keyOf = (p: Position): string => `${p[0]},${p[1]}`;

function roundTo(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

const samePoint = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/** A ring is usable when it is closed, has ≥ 4 positions (≥ 3 distinct) and non-zero area. */
export function isValidRing(ring: Ring): boolean {
  if (ring.length < 4) return false;
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (!samePoint(first, last)) return false;
  return ringArea2(ring) !== 0;
}

/**
 * Rounds every position, drops consecutive duplicates (also across the closing point) and
 * re-closes the ring. Returns null when the ring collapses (fewer than 3 distinct points or
 * zero area) so the caller can drop it.
 */
export function roundRing(ring: readonly Position[], decimals: number): Ring | null {
  const out: Ring = [];
  for (const p of ring) {
    const q: Position = [roundTo(p[0], decimals), roundTo(p[1], decimals)];
    const prev = out[out.length - 1];
    if (prev && samePoint(prev, q)) continue;
    out.push(q);
  }
  // Open the ring, then drop a trailing run equal to the start before closing again.
  while (out.length > 1 && samePoint(out[0] as Position, out[out.length - 1] as Position))
    out.pop();
  if (out.length < 3) return null;
  out.push([...(out[0] as Position)] as Position);
  return isValidRing(out) ? out : null;
}

/** Squared distance from p to the segment a–b, x scaled by xScale (cos of the latitude). */
function segDist2(p: Position, a: Position, b: Position, xScale: number): number {
  const px = p[0] * xScale;
  const ax = a[0] * xScale;
  const bx = b[0] * xScale;
  const dx = bx - ax;
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const ex = px - (ax + t * dx);
  const ey = p[1] - (a[1] + t * dy);
  return ex * ex + ey * ey;
}

/** Classic Douglas–Peucker on an open polyline; both endpoints are always kept. */
export function douglasPeucker(
  points: readonly Position[],
  tolerance: number,
  xScale: number,
): Position[] {
  const n = points.length;
  if (n <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: Array<[number, number]> = [[0, n - 1]];
  while (stack.length > 0) {
    const [lo, hi] = stack.pop() as [number, number];
    let maxD = -1;
    let idx = -1;
    const a = points[lo] as Position;
    const b = points[hi] as Position;
    for (let i = lo + 1; i < hi; i++) {
      const d = segDist2(points[i] as Position, a, b, xScale);
      if (d > maxD) {
        maxD = d;
        idx = i;
      }
    }
    if (idx >= 0 && maxD > tol2) {
      keep[idx] = 1;
      stack.push([lo, idx], [idx, hi]);
    }
  }
  const out: Position[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(points[i] as Position);
  return out;
}

interface Chain {
  points: Position[];
  /** Canonical key of the chain (direction-independent). */
  key: string;
  reversed: boolean;
}

function canonicalChain(points: Position[]): Chain {
  const fwd = points.map(keyOf);
  const rev = [...fwd].reverse();
  // Compare the whole sequences so a chain and its reverse always get the same key.
  const forwardFirst = fwd.join(';') <= rev.join(';');
  return { points, key: (forwardFirst ? fwd : rev).join(';'), reversed: !forwardFirst };
}

export interface SimplifyStats {
  pointsBefore: number;
  pointsAfter: number;
  /** Rings kept unsimplified because simplification would collapse them. */
  protectedRings: number;
}

/**
 * Simplifies a set of closed rings (all rings of all features of one map) with a shared-border
 * aware Douglas–Peucker. `tolerance` is in degrees of latitude; longitudes are scaled by the
 * cosine of the mean latitude. Rings listed in `frozen` (indexes) are returned unchanged.
 */
export function simplifyRings(
  rings: readonly Ring[],
  tolerance: number,
  frozen: ReadonlySet<number> = new Set(),
): { rings: Ring[]; stats: SimplifyStats } {
  let latSum = 0;
  let latN = 0;
  let pointsBefore = 0;
  for (const r of rings) {
    pointsBefore += r.length;
    for (const p of r) {
      latSum += p[1];
      latN++;
    }
  }
  const xScale = latN > 0 ? Math.cos(((latSum / latN) * Math.PI) / 180) : 1;

  // 1. Junctions: points whose neighbour pair differs between occurrences.
  const neighbourSets = new Map<string, Set<string>>();
  rings.forEach((ring) => {
    const open = ring.slice(0, -1);
    const n = open.length;
    for (let i = 0; i < n; i++) {
      const k = keyOf(open[i] as Position);
      const a = keyOf(open[(i - 1 + n) % n] as Position);
      const b = keyOf(open[(i + 1) % n] as Position);
      const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
      let set = neighbourSets.get(k);
      if (!set) neighbourSets.set(k, (set = new Set()));
      set.add(pair);
    }
  });
  const isJunction = (p: Position): boolean => (neighbourSets.get(keyOf(p))?.size ?? 0) > 1;

  // 2. Cut every ring into chains that start and end at a junction.
  const ringChains: Chain[][] = rings.map((ring) => {
    const open = ring.slice(0, -1);
    const n = open.length;
    const junctionIdx: number[] = [];
    for (let i = 0; i < n; i++) if (isJunction(open[i] as Position)) junctionIdx.push(i);
    if (junctionIdx.length === 0) {
      // No junction: start at the smallest point so identical rings share one start.
      let best = 0;
      for (let i = 1; i < n; i++) {
        const p = open[i] as Position;
        const q = open[best] as Position;
        if (p[0] < q[0] || (p[0] === q[0] && p[1] < q[1])) best = i;
      }
      junctionIdx.push(best);
    }
    const chains: Chain[] = [];
    for (let j = 0; j < junctionIdx.length; j++) {
      const start = junctionIdx[j] as number;
      const end =
        j + 1 < junctionIdx.length
          ? (junctionIdx[j + 1] as number)
          : (junctionIdx[0] as number) + n;
      const pts: Position[] = [];
      for (let i = start; i <= end; i++) pts.push(open[i % n] as Position);
      chains.push(canonicalChain(pts));
    }
    return chains;
  });

  // 3. Simplify each distinct chain once, with a per-chain tolerance that is lowered where the
  //    result would collapse a ring (→ 0) or make it cross itself (÷ 4, then 0).
  const chainTolerance = new Map<string, number>();
  rings.forEach((_, ri) => {
    if (frozen.has(ri)) for (const c of ringChains[ri] as Chain[]) chainTolerance.set(c.key, 0);
  });
  const cache = new Map<string, Position[]>();
  const simplifiedChain = (c: Chain): Position[] => {
    let s = cache.get(c.key);
    if (!s) {
      const canonical = c.reversed ? [...c.points].reverse() : c.points;
      s = douglasPeucker(canonical, chainTolerance.get(c.key) ?? tolerance, xScale);
      cache.set(c.key, s);
    }
    return c.reversed ? [...s].reverse() : s;
  };
  /** The ring, and for each of its segments the key of the chain it came from. */
  const assemble = (chains: Chain[]): { ring: Ring; segChain: string[] } => {
    const ring: Ring = [];
    const segChain: string[] = [];
    for (const c of chains)
      for (const p of simplifiedChain(c)) {
        // Chains share their junctions; a loop chain (junction → … → same junction) can also
        // shrink to [J, J]. Either way, never repeat a point.
        const prev = ring[ring.length - 1];
        if (prev && samePoint(prev, p)) continue;
        if (prev) segChain.push(c.key);
        ring.push(p);
      }
    if (ring.length === 1) ring.push(ring[0] as Position); // fully collapsed: invalid, simplified less next round
    return { ring, segChain };
  };

  // Rings the source already draws self-intersecting are tolerated up to their original count.
  const sourceCrossings = rings.map((r) => selfCrossings(r).length);
  let protectedRings = 0;
  let result: Ring[] = [];
  /** Lowers the tolerance of the given chains; false when all of them are already at 0. */
  const lower = (keys: Iterable<string>, toZero: boolean): boolean => {
    let changed = false;
    for (const k of new Set(keys)) {
      const t = chainTolerance.get(k) ?? tolerance;
      if (t === 0) continue;
      chainTolerance.set(k, toZero || t < tolerance / 60 ? 0 : t / 4);
      cache.delete(k);
      changed = true;
    }
    return changed;
  };
  for (;;) {
    const assembled = ringChains.map(assemble);
    result = assembled.map((a) => a.ring);
    let changed = false;
    assembled.forEach(({ ring, segChain }, ri) => {
      if (!isValidRing(ring)) {
        // Would collapse: keep all of its chains as they are.
        if (
          lower(
            (ringChains[ri] as Chain[]).map((c) => c.key),
            true,
          )
        ) {
          protectedRings++;
          changed = true;
        }
        return;
      }
      const crossings = selfCrossings(ring);
      if (crossings.length > (sourceCrossings[ri] as number)) {
        // Simplification made the ring cross itself: simplify the chains involved less.
        const keys = crossings.flatMap(([i, j]) => [segChain[i] as string, segChain[j] as string]);
        if (lower(keys, false)) changed = true;
      }
    });
    if (!changed) break;
  }
  result.forEach((r, ri) => {
    if (!isValidRing(r))
      throw new Error(`ring ${ri} is invalid after simplification (${r.length} points)`);
  });
  const pointsAfter = result.reduce((s, r) => s + r.length, 0);
  return { rings: result, stats: { pointsBefore, pointsAfter, protectedRings } };
}
