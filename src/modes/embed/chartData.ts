import type { ChartId } from '../../charts/chartTypes';
import { ColumnTable, type ColumnData, type ColumnTables } from '../../data/columnTable';
import type { ReadBytes, ReadResult } from '../../data/readDataset';
import { MANIFEST_FILE } from '../../data/schema';
import type { TableName } from '../../data/types';
import { withRows } from '../../data/withRows';

/**
 * The bundled dataset as one chart's embed reads it: that chart's tables, already validated,
 * written by the build (vite.config.ts) next to the data. With it the embed downloads no
 * parser and parses no CSV before it draws. It remembers the manifest it was made from: a
 * dataset republished in place, with its new manifest, is read from its own files instead,
 * never from a stale copy.
 */
export const chartDataFile = (id: ChartId): string => `embed/${id}.json`;

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
  /** fingerprint() of the manifest.json the data was read with. */
  manifest: string;
  result: Omit<ReadResult, 'columns' | 'tables'>;
  columns: Partial<Record<TableName, JsonTable>>;
}

/** FNV-1a over the bytes, and their length: tells one manifest from another, not a secret. */
export function fingerprint(bytes: Uint8Array | null): string {
  if (!bytes) return 'absent';
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
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

/** The file the build writes for one chart: the columns it read, and the rest of the result. */
export function chartDataJson(result: ReadResult, manifest: Uint8Array | null): string {
  const { columns, ...rest } = result;
  const tables = Object.entries(columns) as Array<[TableName, ColumnTable<object>]>;
  const data: ChartData = {
    manifest: fingerprint(manifest),
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
 * One chart's data from the file the build wrote, or null when there is none (a dev server, a
 * build without it) or it was made from another manifest: the caller then reads the tables.
 */
export async function readChartData(read: ReadBytes, id: ChartId): Promise<ReadResult | null> {
  const [data, manifest] = await Promise.all([read(chartDataFile(id)), read(MANIFEST_FILE)]);
  if (!data) return null;
  let made: ChartData;
  try {
    made = JSON.parse(new TextDecoder().decode(data)) as ChartData;
  } catch {
    // A dev server answers a file it does not have with its HTML page.
    return null;
  }
  if (made.manifest !== fingerprint(manifest)) return null;
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
