/**
 * Rows as compact columns for postMessage. Cloning 300,000 row objects costs the page seconds
 * of deserialising and garbage collection; here repeated strings travel once (a dictionary),
 * unique strings as one joined string with offsets, numbers as transferable Float64Arrays,
 * and nested objects ({start, end}, {iso, precision}) as columns of their own.
 */

export type Column =
  | { kind: 'const'; value: unknown }
  | { kind: 'number'; values: Float64Array; nulls: Uint8Array | null }
  | { kind: 'dict'; dict: string[]; codes: Uint32Array; nulls: Uint8Array | null }
  | { kind: 'joined'; text: string; ends: Uint32Array; nulls: Uint8Array | null }
  | { kind: 'struct'; keys: string[]; fields: Column[]; nulls: Uint8Array | null }
  | { kind: 'any'; values: unknown[] };

export interface ColumnChunk<T extends string = string> {
  table: T;
  length: number;
  keys: string[];
  columns: Column[];
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.getPrototypeOf(v) === Object.prototype;

function nullMask(values: readonly unknown[]): Uint8Array | null {
  let mask: Uint8Array | null = null;
  values.forEach((v, i) => {
    if (v === null) (mask ??= new Uint8Array(values.length))[i] = 1;
  });
  return mask;
}

function joined(values: readonly unknown[], nulls: Uint8Array | null): Column {
  const ends = new Uint32Array(values.length);
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const s = nulls?.[i] ? '' : (values[i] as string);
    parts.push(s);
    at += s.length;
    ends[i] = at;
  }
  return { kind: 'joined', text: parts.join(''), ends, nulls };
}

function encodeStrings(values: readonly unknown[], nulls: Uint8Array | null): Column {
  // Few distinct values (status, source file, county) travel once, as a dictionary.
  const most = values.length >> 2;
  const index = new Map<string, number>();
  const codes = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (nulls?.[i]) continue;
    const s = values[i] as string;
    let code = index.get(s);
    if (code === undefined) {
      if (index.size >= most) return joined(values, nulls);
      index.set(s, (code = index.size));
    }
    codes[i] = code;
  }
  return { kind: 'dict', dict: [...index.keys()], codes, nulls };
}

/** What every present (non-null) value of a column is, found in one pass. */
function kindOf(values: readonly unknown[]): 'number' | 'string' | 'object' | 'mixed' | 'none' {
  let kind: 'number' | 'string' | 'object' | 'mixed' | 'none' = 'none';
  for (const v of values) {
    if (v === null) continue;
    const k =
      typeof v === 'number'
        ? 'number'
        : typeof v === 'string'
          ? 'string'
          : isPlain(v)
            ? 'object'
            : 'mixed';
    if (kind === 'none') kind = k;
    else if (kind !== k || k === 'mixed') return 'mixed';
  }
  return kind;
}

export function encodeColumn(values: readonly unknown[]): Column {
  const first = values[0];
  if ((typeof first !== 'object' || first === null) && values.every((v) => v === first))
    return { kind: 'const', value: first };
  if (values.includes(undefined)) return { kind: 'any', values: [...values] };
  const nulls = nullMask(values);
  const kind = kindOf(values);
  if (kind === 'number' || kind === 'none') {
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = (values[i] as number | null) ?? 0;
    return { kind: 'number', values: out, nulls };
  }
  if (kind === 'string') return encodeStrings(values, nulls);
  if (kind === 'object') {
    const sample = values.find((v) => v !== null) as Record<string, unknown>;
    const keys = Object.keys(sample);
    const sameShape = values.every((v) => {
      if (v === null) return true;
      const k = Object.keys(v as object);
      return k.length === keys.length && k.every((key, i) => key === keys[i]);
    });
    if (sameShape)
      return {
        kind: 'struct',
        keys,
        nulls,
        fields: keys.map((k) =>
          encodeColumn(values.map((v) => (v === null ? null : (v as Record<string, unknown>)[k]))),
        ),
      };
  }
  return { kind: 'any', values: [...values] };
}

/** A reader for row i of a column. */
function reader(col: Column): (i: number) => unknown {
  switch (col.kind) {
    case 'const':
      return () => col.value;
    case 'any':
      return (i) => col.values[i];
    case 'number':
      return (i) => (col.nulls?.[i] ? null : col.values[i]);
    case 'dict':
      return (i) => (col.nulls?.[i] ? null : col.dict[col.codes[i]!]);
    case 'joined':
      return (i) =>
        col.nulls?.[i] ? null : col.text.slice(i === 0 ? 0 : col.ends[i - 1], col.ends[i]);
    case 'struct': {
      const fields = col.fields.map(reader);
      return (i) => {
        if (col.nulls?.[i]) return null;
        const o: Record<string, unknown> = {};
        for (let k = 0; k < fields.length; k++) o[col.keys[k]!] = fields[k]!(i);
        return o;
      };
    }
  }
}

/** Typed arrays to transfer rather than copy. */
export function transferables(chunk: ColumnChunk): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const walk = (c: Column) => {
    if (c.kind === 'number') out.push(c.values.buffer as ArrayBuffer);
    if (c.kind === 'dict') out.push(c.codes.buffer as ArrayBuffer);
    if (c.kind === 'joined') out.push(c.ends.buffer as ArrayBuffer);
    if ('nulls' in c && c.nulls) out.push(c.nulls.buffer as ArrayBuffer);
    if (c.kind === 'struct') c.fields.forEach(walk);
  };
  chunk.columns.forEach(walk);
  return out;
}

/** Splits rows into chunks of at most `size` rows. Every row of a table has the same keys. */
export function toColumnChunks<T extends string>(
  table: T,
  rows: readonly object[],
  size: number,
): ColumnChunk<T>[] {
  const chunks: ColumnChunk<T>[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const part = rows.slice(start, start + size) as Array<Record<string, unknown>>;
    const keySet = new Set<string>();
    for (const row of part) for (const k in row) keySet.add(k);
    const keys = [...keySet];
    chunks.push({
      table,
      length: part.length,
      keys,
      columns: keys.map((k) => encodeColumn(part.map((r) => r[k]))),
    });
  }
  return chunks;
}

/** Rebuilds a chunk's rows, appending them to `into`. */
export function fromColumnChunk(chunk: ColumnChunk, into: unknown[]): void {
  const readers = chunk.columns.map(reader);
  const { keys } = chunk;
  for (let i = 0; i < chunk.length; i++) {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const v = readers[k]!(i);
      if (v !== undefined) row[keys[k]!] = v;
    }
    into.push(row);
  }
}
