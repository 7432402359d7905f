import type { Level, Region } from '../data/types';
import type { RegionIndex } from './regionIndex';

/**
 * What a figure covers.
 * - `own`: reported for the region itself (below a county, the county's own village list).
 * - `sum`: assembled by the model from every one of its subdivisions.
 * - `part`: assembled from some of them only. Never the region's total: it is shown as a part,
 *   names its contributors, and is never divided by a region-wide denominator.
 */
export type Coverage =
  | { kind: 'own' }
  | { kind: 'sum'; children: number }
  | {
      kind: 'part';
      /** The regions whose own rows make up the figure. */
      contributors: Region[];
      /** Direct subdivisions that are, or hold, a contributor. */
      childrenWithData: number;
      /** Direct subdivisions in the region list, and their level. */
      children: number;
      childLevel: Level | null;
    };

export const OWN: Coverage = Object.freeze({ kind: 'own' });

/** A region's total can be read off the figure: it is the region's own, or the sum of all. */
export const isWhole = (c: Coverage): boolean => c.kind !== 'part';

/**
 * Whether `has` holds for the region or, failing that, for every one of its subdivisions down
 * the tree: a region with no listed subdivisions and no figure of its own is a gap.
 */
export function coveredBelow(
  regions: RegionIndex,
  code: string,
  has: (code: string) => boolean,
): boolean {
  if (has(code)) return true;
  const children = regions.children(code);
  return children.length > 0 && children.every((c) => coveredBelow(regions, c.code, has));
}

/** Coverage of a figure the model assembled for `code` from its subdivisions `contributors`. */
export function assembled(
  regions: RegionIndex,
  code: string,
  contributors: readonly Region[],
  complete: boolean,
): Coverage {
  const children = regions.children(code);
  if (complete) return { kind: 'sum', children: children.length };
  const holding = new Set(
    contributors.map((r) => {
      const path = regions.path(r.code);
      const at = path.findIndex((p) => p.code === code);
      return (at >= 0 ? path[at + 1] : r)?.code ?? r.code;
    }),
  );
  return {
    kind: 'part',
    contributors: [...contributors],
    childrenWithData: children.filter((c) => holding.has(c.code)).length,
    children: children.length,
    childLevel: children[0]?.level ?? null,
  };
}
