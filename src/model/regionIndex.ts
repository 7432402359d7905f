import type { Level, Region } from '../data/types';
import type { ColumnTable } from '../data/columnTable';
import { regionRowsByCode, type CodeRows } from '../data/regionsByCode';
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

/**
 * The region tree, indexed once: lookups, children, ancestry and search never scan all rows.
 * It holds the regions table's columns and row numbers; a Region object is made only for a
 * region someone asks about (most of 138,000 regions are villages nobody opens).
 */
export class RegionIndex {
  private readonly childLists = new Map<string, readonly Region[]>();
  private readonly parents: ReadonlyArray<string | null>;

  private constructor(
    private readonly table: ColumnTable<Region>,
    private readonly rowOf: CodeRows,
    private readonly childRows: ReadonlyMap<string, number[]>,
    readonly root: Region | undefined,
  ) {
    this.parents = table.text('parentCode');
  }

  static from(regions: ColumnTable<Region>): RegionIndex {
    return runToEnd(RegionIndex.build(regions));
  }

  static *build(regions: ColumnTable<Region>): Sliced<RegionIndex> {
    const rowOf = regionRowsByCode(regions);
    yield;
    const parents = regions.text('parentCode');
    const childRows = new Map<string, number[]>();
    // Siblings come in runs (a township's villages): look each parent up once per run.
    let parent: string | null = null;
    let siblings: number[] | undefined;
    for (let i = 0; i < regions.length; i++) {
      if (i % SLICE_ROWS === 0) yield;
      const p = parents[i]!;
      if (p === null) continue;
      if (p !== parent) {
        parent = p;
        siblings = undefined;
        if (rowOf.has(parent)) {
          siblings = childRows.get(parent);
          if (!siblings) childRows.set(parent, (siblings = []));
        }
      }
      siblings?.push(i);
    }
    const levels = regions.text('level');
    const nation = levels.indexOf('nation');
    return new RegionIndex(
      regions,
      rowOf,
      childRows,
      nation === -1 ? undefined : regions.row(nation),
    );
  }

  get(code: string): Region | undefined {
    const row = this.rowOf.get(code);
    return row === undefined ? undefined : this.table.row(row);
  }

  /** The parent's code, without making the region's object. */
  parentCode(code: string): string | null {
    const row = this.rowOf.get(code);
    return row === undefined ? null : this.parents[row]!;
  }

  /** The parent's code of the region in row `row` of the regions table. */
  parentCodeAt(row: number): string | null {
    return this.parents[row] ?? null;
  }

  /** Children by level, then code; sorted the first time they are asked for. */
  children(code: string): readonly Region[] {
    let list = this.childLists.get(code);
    if (!list) {
      const rows = this.childRows.get(code);
      if (!rows) return [];
      const made = rows.map((i) => this.table.row(i));
      made.sort(made.every(isDigits) ? byLevelThenDigits : byLevelThenCode);
      this.childLists.set(code, (list = made));
    }
    return list;
  }

  /** Root first, the region itself last. */
  path(code: string): Region[] {
    const out: Region[] = [];
    const seen = new Set<string>();
    for (
      let r = this.get(code);
      r && !seen.has(r.code);
      r = r.parentCode ? this.get(r.parentCode) : undefined
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
    const t = this.table;
    const [codes, names, namesEn, levels] = [
      t.text('code'),
      t.text('name'),
      t.text('nameEn'),
      t.text('level'),
    ];
    const scored: Array<[number, number]> = [];
    for (const i of this.rowOf.values()) {
      const code = codes[i]!;
      const name = names[i]!.toLowerCase();
      const en = namesEn[i]!.toLowerCase();
      let score = -1;
      if (code === q) score = 0;
      else if (name.startsWith(q) || en.startsWith(q)) score = 1;
      else if (code.startsWith(q)) score = 2;
      else if (name.includes(q) || en.includes(q)) score = 3;
      if (score >= 0) scored.push([score * 10 + LEVEL_ORDER[levels[i] as Level], i]);
    }
    scored.sort((a, b) => a[0] - b[0] || codes[a[1]]!.localeCompare(codes[b[1]]!));
    return scored.slice(0, limit).map(([, i]) => t.row(i));
  }

  get size(): number {
    return this.rowOf.size;
  }
}
