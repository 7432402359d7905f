import type { ColumnTable } from './columnTable';
import type { Region } from './types';

// Apart from validation, so the model (on pages that never validate) loads no parser with it.

export function mapByCode(regions: readonly Region[]): Map<string, Region> {
  const out = new Map<string, Region>();
  for (const r of regions) out.set(r.code, r);
  return out;
}

/** Codes of up to 12 digits are kept as numbers: 138,000 of them need no map entry. */
const MAX_DIGITS = 12;
const TWO_32 = 2 ** 32;

/**
 * The number standing for a code of 1–12 digits (its value and its length, so "000000" and
 * "0" differ), or -1 for any other code.
 */
function keyOf(code: string): number {
  const n = code.length;
  if (n === 0 || n > MAX_DIGITS) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = code.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v * 16 + n;
}

/**
 * The row of each region code, in two typed arrays with open addressing: 138,000 codes cost
 * a map no entries, no rehashing of strings and nothing for the garbage collector to trace.
 * Codes that are not all digits (local codes, X…) are kept in a Map.
 */
export class CodeRows {
  private keys = new Float64Array(0);
  private rows = new Int32Array(0);
  private mask = -1;
  private count = 0;
  private readonly others = new Map<string, number>();

  constructor(expected = 0) {
    this.resize(Math.max(16, expected * 2));
  }

  private resize(wanted: number): void {
    let capacity = 16;
    while (capacity < wanted) capacity *= 2;
    const { keys, rows } = this;
    this.keys = new Float64Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let i = 0; i < rows.length; i++) if (rows[i]! >= 0) this.place(keys[i]!, rows[i]!);
  }

  /** The slot of `key`: where it is, or the empty one where it would go. */
  private slot(key: number): number {
    const lo = key % TWO_32;
    const hi = (key - lo) / TWO_32;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask)
      if (this.rows[i] === -1 || this.keys[i] === key) return i;
  }

  private place(key: number, row: number): void {
    const i = this.slot(key);
    this.keys[i] = key;
    this.rows[i] = row;
  }

  get(code: string): number | undefined {
    const key = keyOf(code);
    if (key === -1) return this.others.get(code);
    const row = this.rows[this.slot(key)]!;
    return row === -1 ? undefined : row;
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }

  /** Gives `code` the row `row` unless it has one; returns the row it already had. */
  add(code: string, row: number): number | undefined {
    const key = keyOf(code);
    if (key === -1) {
      const had = this.others.get(code);
      if (had === undefined) this.others.set(code, row);
      return had;
    }
    const i = this.slot(key);
    if (this.rows[i] !== -1) return this.rows[i];
    this.keys[i] = key;
    this.rows[i] = row;
    if (++this.count * 2 > this.rows.length) this.resize(this.rows.length * 2);
    return undefined;
  }

  get size(): number {
    return this.count + this.others.size;
  }

  /** Every row, in no particular order. */
  *values(): IterableIterator<number> {
    for (const row of this.rows) if (row !== -1) yield row;
    yield* this.others.values();
  }
}

const byTable = new WeakMap<ColumnTable<Region>, CodeRows>();

/** Remembers the row of each code that validation found while reading the table. */
export function keepRegionRows(regions: ColumnTable<Region>, rows: CodeRows): void {
  byTable.set(regions, rows);
}

/**
 * The row of each region code. Validation needs this index for its references and the model
 * for its lookups: 138,000 entries are built once per table, whichever asks first.
 */
export function regionRowsByCode(regions: ColumnTable<Region>): CodeRows {
  let out = byTable.get(regions);
  if (!out) {
    const codes = regions.text('code');
    out = new CodeRows(codes.length);
    for (let i = 0; i < codes.length; i++) out.add(codes[i]!, i);
    byTable.set(regions, out);
  }
  return out;
}
