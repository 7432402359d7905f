import type { ChartId } from '../charts/chartTypes';
import { ColumnTable, type ColumnData, type ColumnTables } from '../data/columnTable';
import type { ReadBytes, ReadResult } from '../data/readDataset';
import type { TableName } from '../data/types';
import { withRows } from '../data/withRows';

/**
 * The bundled dataset as a page reads it at once: its tables, already validated, written by
 * the build (vite.config.ts) next to the data. With it a page downloads no parser, parses no
 * CSV and starts no worker before it draws. It remembers the manifest it was made from: a
 * dataset republished in place, with its new manifest, is read from its own files instead,
 * never from a stale copy.
 */

/** One chart's tables, for its embed. */
export const chartDataFile = (id: ChartId): string => `embed/${id}.json`;

/** Every table, for the dashboard's first screen. */
export const DASHBOARD_DATA_FILE = 'embed/dashboard.json';

/** A number column in JSON: NaN (an empty cell) as null. */
type JsonNumbers = Array<number | null>;

type JsonColumn =
  | { kind: 'text' | 'date'; values: Array<string | null> }
  | { kind: 'number'; values: JsonNumbers }
  | { kind: 'period'; start: JsonNumbers; end: JsonNumbers };

interface JsonTable {
  keys: readonly string[];
  length: number;
  columns: JsonColumn[];
  links: Array<[string, number[]]>;
}

interface ChartData {
  /** fingerprint() of each file the page compares before it trusts the data, by name. */
  files: Record<string, string>;
  result: Omit<ReadResult, 'columns' | 'tables'>;
  columns: Partial<Record<TableName, JsonTable>>;
}

/** FNV-1a over the bytes, and their length: tells one file from another, not a secret. */
export function fingerprint(bytes: Uint8Array | null): string {
  if (!bytes) return 'absent';
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0;
  return `${bytes.length}:${h.toString(16)}`;
}

const toJson = (values: Float64Array): JsonNumbers =>
  Array.from(values, (v) => (Number.isNaN(v) ? null : v));
const fromJson = (values: JsonNumbers): Float64Array =>
  Float64Array.from(values, (v) => (v === null ? NaN : v));

function columnToJson(col: ColumnData): JsonColumn {
  if (col.kind === 'number') return { kind: 'number', values: toJson(col.values) };
  if (col.kind === 'period')
    return { kind: 'period', start: toJson(col.start), end: toJson(col.end) };
  return col;
}

function columnFromJson(col: JsonColumn): ColumnData {
  if (col.kind === 'number') return { kind: 'number', values: fromJson(col.values) };
  if (col.kind === 'period')
    return { kind: 'period', start: fromJson(col.start), end: fromJson(col.end) };
  return col;
}

/**
 * The file the build writes: the columns it read, the rest of the result, and the fingerprints
 * of `files` (name → bytes, null for absent), which a page compares before it uses the data.
 */
export function builtDataJson(
  result: ReadResult,
  files: Record<string, Uint8Array | null>,
): string {
  const { columns, ...rest } = result;
  const tables = Object.entries(columns) as Array<[TableName, ColumnTable<object>]>;
  const data: ChartData = {
    files: Object.fromEntries(Object.entries(files).map(([n, b]) => [n, fingerprint(b)])),
    result: rest,
    columns: Object.fromEntries(
      tables.map(([name, t]) => [
        name,
        {
          keys: t.keys,
          length: t.length,
          columns: t.columns.map(columnToJson),
          links: [...t.links].map(([key, rows]) => [key, [...rows]]),
        },
      ]),
    ),
  };
  return JSON.stringify(data);
}

/**
 * The data in a file the build wrote, or null when there is none (a dev server, a build
 * without it) or a file it was made from has changed since (a dataset republished in place):
 * the caller then reads the tables. The embed names what it compares, the manifest alone (a
 * new dataset comes with a new one), and asks for it with the data; the dashboard compares
 * every file the build read, which it fetches but need not parse, so it never shows data
 * other than the folder's.
 */
export async function readBuiltData(
  read: ReadBytes,
  file: string,
  checked?: readonly string[],
): Promise<ReadResult | null> {
  const [data, ...early] = await Promise.all([read(file), ...(checked ?? []).map((f) => read(f))]);
  if (!data) return null;
  let made: ChartData;
  try {
    made = JSON.parse(new TextDecoder().decode(data)) as ChartData;
  } catch {
    // A dev server answers a file it does not have with its HTML page.
    return null;
  }
  const names = checked ?? Object.keys(made.files ?? {});
  const bytes = checked ? early : await Promise.all(names.map((f) => read(f)));
  const same =
    names.length === Object.keys(made.files ?? {}).length &&
    names.every((f, i) => made.files[f] === fingerprint(bytes[i]!));
  if (!same) return null;
  const columns = Object.fromEntries(
    Object.entries(made.columns).map(([name, t]) => [
      name,
      new ColumnTable(
        t.keys,
        t.columns.map(columnFromJson),
        t.length,
        new Map(t.links.map(([key, rows]) => [key, Int32Array.from(rows)])),
      ),
    ]),
  ) as ColumnTables;
  return withRows({ ...made.result, columns });
}
