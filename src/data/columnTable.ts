import type { DatasetTables, PartialDate, TableName } from './types';

/**
 * A validated table kept as columns: numbers in Float64Arrays (NaN where the cell is empty),
 * text as one array of shared strings per column. 266,000 rows held as row objects cost the
 * load more in allocation and garbage collection than parsing them; as columns they are a few
 * arrays, cross to the page as transferable buffers, and the model indexes them without a
 * row object. A row object is made only when something asks for that row (`row(i)`), once.
 */

/** How a column is stored: `period` as two number columns, `date` as its ISO text. */
export type ColumnKind = 'text' | 'number' | 'period' | 'date';

export type ColumnData =
  | { kind: 'text'; values: Array<string | null> }
  | { kind: 'number'; values: Float64Array }
  | { kind: 'period'; start: Float64Array; end: Float64Array }
  | { kind: 'date'; values: Array<string | null> };

const PRECISION: Record<number, PartialDate['precision']> = { 4: 'year', 7: 'month', 10: 'day' };

/** A date's precision is its length: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = (iso: string): PartialDate => ({
  iso,
  precision: PRECISION[iso.length]!,
});

const value = (col: ColumnData, i: number): unknown => {
  switch (col.kind) {
    case 'text':
      return col.values[i];
    case 'number': {
      const v = col.values[i]!;
      return Number.isNaN(v) ? null : v;
    }
    case 'period':
      return { start: col.start[i], end: col.end[i] };
    case 'date': {
      const iso = col.values[i];
      return iso === null || iso === undefined ? null : partialDate(iso);
    }
  }
};

export class ColumnTable<T extends object = Record<string, unknown>> {
  private readonly byKey = new Map<string, ColumnData>();
  private readonly made: Array<T | undefined>;
  private all: T[] | null = null;

  constructor(
    /** Row property names, in the order a row object has them. */
    readonly keys: readonly string[],
    readonly columns: readonly ColumnData[],
    readonly length: number,
    /**
     * For a column of region codes, the regions table's row each names (validation found it
     * while checking the reference): the model places rows in the tree without a lookup.
     */
    readonly links = new Map<string, Int32Array>(),
  ) {
    keys.forEach((k, i) => this.byKey.set(k, columns[i]!));
    this.made = new Array<T | undefined>(length);
  }

  /** Row `i` as an object; the same object every time it is asked for. */
  row(i: number): T {
    const made = this.made[i];
    if (made) return made;
    const o: Record<string, unknown> = {};
    for (let k = 0; k < this.keys.length; k++) o[this.keys[k]!] = value(this.columns[k]!, i);
    return (this.made[i] = o as T);
  }

  /** Every row as objects: for callers that want the whole table (reports, tests). */
  rows(): T[] {
    if (!this.all) {
      const all: T[] = new Array<T>(this.length);
      for (let i = 0; i < this.length; i++) all[i] = this.row(i);
      this.all = all;
    }
    return this.all;
  }

  private column(key: string, kind: ColumnKind): ColumnData {
    const col = this.byKey.get(key);
    if (col && col.kind === kind) return col;
    // A table that is absent has no columns: it answers every one as empty.
    if (this.length === 0) return emptyColumn(kind);
    throw new Error(`no ${kind} column "${key}"`);
  }

  text(key: keyof T & string): ReadonlyArray<string | null> {
    return (this.column(key, 'text') as { values: Array<string | null> }).values;
  }

  /** NaN where a row has no value. */
  number(key: keyof T & string): Float64Array {
    return (this.column(key, 'number') as { values: Float64Array }).values;
  }

  period(key: keyof T & string): { start: Float64Array; end: Float64Array } {
    return this.column(key, 'period') as { start: Float64Array; end: Float64Array };
  }

  /** Each row's date as ISO text (YYYY, YYYY-MM or YYYY-MM-DD), null where it has none. */
  date(key: keyof T & string): ReadonlyArray<string | null> {
    return (this.column(key, 'date') as { values: Array<string | null> }).values;
  }

  /** Sets one text cell, and the row object if it was already made. */
  setText(i: number, key: keyof T & string, v: string): void {
    (this.column(key, 'text') as { values: Array<string | null> }).values[i] = v;
    const made = this.made[i] as Record<string, unknown> | undefined;
    if (made) made[key] = v;
  }
}

function emptyColumn(kind: ColumnKind): ColumnData {
  if (kind === 'period') return { kind, start: new Float64Array(0), end: new Float64Array(0) };
  if (kind === 'number') return { kind, values: new Float64Array(0) };
  return { kind, values: [] };
}

/** Collects accepted rows' values column by column; `build` makes the table. */
export class TableBuilder {
  private readonly text: Array<Array<string | null>>;
  /** Number columns (a period's start) and a period's end, grown by doubling. */
  private numbers: Float64Array[];
  private ends: Float64Array[];
  private capacity = 0;
  length = 0;

  constructor(
    readonly keys: readonly string[],
    readonly kinds: readonly ColumnKind[],
  ) {
    this.text = keys.map(() => []);
    this.numbers = keys.map(() => new Float64Array(0));
    this.ends = keys.map(() => new Float64Array(0));
  }

  private grow(): void {
    this.capacity = Math.max(1024, this.capacity * 2);
    const grown = (a: Float64Array, k: number) => {
      if (this.kinds[k] !== 'number' && this.kinds[k] !== 'period') return a;
      const b = new Float64Array(this.capacity);
      b.set(a);
      return b;
    };
    this.numbers = this.numbers.map(grown);
    this.ends = this.ends.map(grown);
  }

  /** Appends one row: a value for each key, in the order of the keys. */
  append(row: readonly unknown[]): void {
    const { kinds } = this;
    if (this.length === this.capacity) this.grow();
    const at = this.length;
    for (let k = 0; k < kinds.length; k++) {
      const v = row[k];
      switch (kinds[k]) {
        case 'text':
          this.text[k]!.push(v as string | null);
          break;
        case 'number':
          this.numbers[k]![at] = v === null ? NaN : (v as number);
          break;
        case 'period': {
          const p = v as { start: number; end: number };
          this.numbers[k]![at] = p.start;
          this.ends[k]![at] = p.end;
          break;
        }
        case 'date':
          this.text[k]!.push(v === null ? null : (v as PartialDate).iso);
          break;
      }
    }
    this.length++;
  }

  /** The text values appended so far in column `key`. */
  textColumn(key: string): ReadonlyArray<string | null> {
    return this.text[this.keys.indexOf(key)]!;
  }

  /** Forgets every row appended. */
  clear(): void {
    for (let k = 0; k < this.keys.length; k++) this.text[k]!.length = 0;
    this.length = 0;
  }

  build<T extends object>(): ColumnTable<T> {
    const n = this.length;
    const columns = this.kinds.map((kind, k): ColumnData => {
      if (kind === 'number') return { kind, values: this.numbers[k]!.slice(0, n) };
      if (kind === 'period')
        return { kind, start: this.numbers[k]!.slice(0, n), end: this.ends[k]!.slice(0, n) };
      return { kind, values: this.text[k]! };
    });
    return new ColumnTable<T>(this.keys, columns, n);
  }
}

/** The rows of `table` where `keep` is true, in order. */
export function keepRows<T extends object>(
  table: ColumnTable<T>,
  keep: Uint8Array,
): ColumnTable<T> {
  let n = 0;
  for (let i = 0; i < table.length; i++) n += keep[i]!;
  if (n === table.length) return table;
  const pick = <A extends { length: number; [i: number]: unknown }>(from: A, to: A): A => {
    for (let i = 0, j = 0; i < table.length; i++) if (keep[i]) to[j++] = from[i];
    return to;
  };
  const columns = table.columns.map((c): ColumnData => {
    if (c.kind === 'number') return { kind: c.kind, values: pick(c.values, new Float64Array(n)) };
    if (c.kind === 'period')
      return {
        kind: c.kind,
        start: pick(c.start, new Float64Array(n)),
        end: pick(c.end, new Float64Array(n)),
      };
    return { kind: c.kind, values: pick(c.values, new Array<string | null>(n)) };
  });
  const links = new Map([...table.links].map(([k, v]) => [k, pick(v, new Int32Array(n))]));
  return new ColumnTable<T>(table.keys, columns, n, links);
}

/** Every table of a dataset as columns. */
export type ColumnTables = { [K in TableName]: ColumnTable<DatasetTables[K][number]> };

/** A table with no rows and no columns. */
export const emptyColumnTable = <T extends object>(): ColumnTable<T> =>
  new ColumnTable<T>([], [], 0);
