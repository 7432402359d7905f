import { ColumnTable, type ColumnData } from '../data/columnTable';
import type { Sliced } from '../model/sliced';

/**
 * A validated table as it crosses from the worker to the page: its number columns as
 * transferable Float64Arrays, each text column either as a dictionary (few distinct values:
 * status, source file, county) or as one joined string with offsets (ids, names), so no row
 * object and no per-cell string is cloned. The page gets back the same columns; a row object
 * is made only when something asks for that row.
 */

export type WireColumn =
  | { kind: 'number'; values: Float64Array }
  | { kind: 'period'; start: Float64Array; end: Float64Array }
  | {
      kind: 'dict';
      as: 'text' | 'date';
      dict: Array<string | null>;
      codes: Uint32Array;
    }
  | {
      kind: 'joined';
      as: 'text' | 'date';
      text: string;
      ends: Uint32Array;
      nulls: Uint8Array | null;
    };

export interface WireTable<T extends string = string> {
  table: T;
  length: number;
  keys: string[];
  columns: WireColumn[];
  /** The table's links to region rows (ColumnTable.links). */
  links: Array<[string, Int32Array]>;
}

function joined(values: ReadonlyArray<string | null>, as: 'text' | 'date'): WireColumn {
  const ends = new Uint32Array(values.length);
  let nulls: Uint8Array | null = null;
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const s = values[i];
    if (s === null || s === undefined) (nulls ??= new Uint8Array(values.length))[i] = 1;
    else at += s.length;
    ends[i] = at;
  }
  // join() writes null as '', which the ends and `nulls` already account for.
  return { kind: 'joined', as, text: values.join(''), ends, nulls };
}

/** Few distinct values travel once, as a dictionary; mostly distinct ones as one string. */
export function encodeStrings(
  values: ReadonlyArray<string | null>,
  as: 'text' | 'date' = 'text',
): WireColumn {
  const most = Math.max(16, values.length >> 2);
  // Mostly distinct values (ids, names) are told apart early, not after a quarter of the rows.
  const early = 256;
  const index = new Map<string | null, number>();
  const codes = new Uint32Array(values.length);
  let last: string | null | undefined;
  let lastCode = 0;
  for (let i = 0; i < values.length; i++) {
    const s = values[i]!;
    // Runs of one value (a county's villages) skip the hash lookup.
    if (s === last) {
      codes[i] = lastCode;
      continue;
    }
    let code = index.get(s);
    if (code === undefined) {
      if (index.size >= most || (index.size >= early && index.size * 2 > i))
        return joined(values, as);
      index.set(s, (code = index.size));
    }
    codes[i] = lastCode = code;
    last = s;
  }
  return { kind: 'dict', as, dict: [...index.keys()], codes };
}

function encodeColumn(col: ColumnData): WireColumn {
  if (col.kind === 'number' || col.kind === 'period') return col;
  return encodeStrings(col.values, col.kind);
}

/** A text column's strings, from its dictionary or its joined text. */
function strings(col: Extract<WireColumn, { as: unknown }>, length: number): Array<string | null> {
  const values = new Array<string | null>(length);
  if (col.kind === 'dict') {
    const { dict, codes } = col;
    for (let i = 0; i < length; i++) values[i] = dict[codes[i]!] ?? null;
  } else {
    const { text, ends, nulls } = col;
    for (let i = 0, from = 0; i < length; i++) {
      values[i] = nulls?.[i] ? null : text.slice(from, ends[i]);
      from = ends[i]!;
    }
  }
  return values;
}

/**
 * A text column's strings are made the first time it is read: many (ids, names, quotes) are
 * read only for the few rows a view shows, so the page never splits them into 128,000 strings.
 */
function decodeColumn(col: WireColumn, length: number): ColumnData {
  if (col.kind === 'number' || col.kind === 'period') return col;
  let values: Array<string | null> | null = null;
  return {
    kind: col.as,
    get values() {
      return (values ??= strings(col, length));
    },
  } as ColumnData;
}

export function encodeTable<T extends string>(
  table: T,
  columns: ColumnTable<object>,
): WireTable<T> {
  return {
    table,
    length: columns.length,
    keys: [...columns.keys],
    columns: columns.columns.map(encodeColumn),
    links: [...columns.links],
  };
}

/** The table again; its text columns become strings when first read (decodeColumn). */
export function* decodeTable<R extends object>(wire: WireTable): Sliced<ColumnTable<R>> {
  const columns = wire.columns.map((c) => decodeColumn(c, wire.length));
  yield;
  return new ColumnTable<R>(wire.keys, columns, wire.length, new Map(wire.links));
}

/** The buffers to transfer rather than copy. */
export function transferables(wire: WireTable): ArrayBuffer[] {
  const out: ArrayBuffer[] = wire.links.map(([, rows]) => rows.buffer as ArrayBuffer);
  for (const c of wire.columns) {
    if (c.kind === 'number') out.push(c.values.buffer as ArrayBuffer);
    else if (c.kind === 'period')
      out.push(c.start.buffer as ArrayBuffer, c.end.buffer as ArrayBuffer);
    else if (c.kind === 'dict') out.push(c.codes.buffer as ArrayBuffer);
    else {
      out.push(c.ends.buffer as ArrayBuffer);
      if (c.nulls) out.push(c.nulls.buffer as ArrayBuffer);
    }
  }
  return out;
}
