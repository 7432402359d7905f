import type { Level, Region } from '../data/types';
import { regionsByCode } from '../data/regionsByCode';
import { runToEnd, SLICE_ROWS, type Sliced } from './sliced';

const LEVEL_ORDER: Record<Level, number> = {
  nation: 0,
  province: 1,
  prefecture: 2,
  county: 3,
  zone: 3,
  township: 4,
  village: 5,
};

const byLevelThenCode = (a: Region, b: Region) =>
  LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code);

// For codes of digits only, localeCompare orders as plain comparison does, at a fraction of
// the cost over 138,000 regions.
const byLevelThenDigits = (a: Region, b: Region) =>
  LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const isDigits = (r: Region) => /^\d+$/.test(r.code);

/** The region tree, indexed once: lookups, children, ancestry and search never scan all rows. */
export class RegionIndex {
  private constructor(
    private readonly byCode: ReadonlyMap<string, Region>,
    private readonly childrenOf: ReadonlyMap<string, Region[]>,
    readonly root: Region | undefined,
  ) {}

  static from(regions: readonly Region[]): RegionIndex {
    return runToEnd(RegionIndex.build(regions));
  }

  static *build(regions: readonly Region[]): Sliced<RegionIndex> {
    const byCode = regionsByCode(regions);
    yield;
    const childrenOf = new Map<string, Region[]>();
    // Siblings come in runs (a township's villages): look each parent up once per run.
    let parent: string | null = null;
    let siblings: Region[] | undefined;
    for (let i = 0; i < regions.length; i++) {
      if (i % SLICE_ROWS === 0) yield;
      const r = regions[i]!;
      if (r.parentCode === null) continue;
      if (r.parentCode !== parent) {
        parent = r.parentCode;
        siblings = undefined;
        if (byCode.has(parent)) {
          siblings = childrenOf.get(parent);
          if (!siblings) childrenOf.set(parent, (siblings = []));
        }
      }
      siblings?.push(r);
    }
    let sorted = 0;
    for (const list of childrenOf.values()) {
      list.sort(list.every(isDigits) ? byLevelThenDigits : byLevelThenCode);
      sorted += list.length;
      if (sorted >= SLICE_ROWS) {
        sorted = 0;
        yield;
      }
    }
    return new RegionIndex(
      byCode,
      childrenOf,
      regions.find((r) => r.level === 'nation'),
    );
  }

  get(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  children(code: string): readonly Region[] {
    return this.childrenOf.get(code) ?? [];
  }

  /** Root first, the region itself last. */
  path(code: string): Region[] {
    const out: Region[] = [];
    const seen = new Set<string>();
    for (
      let r = this.byCode.get(code);
      r && !seen.has(r.code);
      r = r.parentCode ? this.byCode.get(r.parentCode) : undefined
    ) {
      seen.add(r.code);
      out.push(r);
    }
    return out.reverse();
  }

  /** Codes of the region's ancestors, nearest first, excluding itself. */
  ancestorCodes(code: string): string[] {
    return this.path(code)
      .slice(0, -1)
      .map((r) => r.code)
      .reverse();
  }

  isWithin(code: string, ancestor: string): boolean {
    return code === ancestor || this.ancestorCodes(code).includes(ancestor);
  }

  /** Name or code match, best first: exact code, name prefix, then substring. */
  search(query: string, limit = 20): Region[] {
    const q = query.trim().toLowerCase();
    if (q === '') return [];
    const scored: Array<[number, Region]> = [];
    for (const r of this.byCode.values()) {
      const name = r.name.toLowerCase();
      const en = r.nameEn.toLowerCase();
      let score = -1;
      if (r.code === q) score = 0;
      else if (name.startsWith(q) || en.startsWith(q)) score = 1;
      else if (r.code.startsWith(q)) score = 2;
      else if (name.includes(q) || en.includes(q)) score = 3;
      if (score >= 0) scored.push([score * 10 + LEVEL_ORDER[r.level], r]);
    }
    scored.sort((a, b) => a[0] - b[0] || a[1].code.localeCompare(b[1].code));
    return scored.slice(0, limit).map(([, r]) => r);
  }

  get size(): number {
    return this.byCode.size;
  }
}
