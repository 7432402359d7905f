import Papa from 'papaparse';
import { parseNumber, parseYear } from './cells';
import { readTable } from './csvRows';
import { formatOf, readJsonTable } from './jsonTable';
import type { TableSpec } from './schema';

/** A table's cells as text, whatever its format, and the same cells written in another. */

export type OutputShape = 'csv' | 'json' | 'compact' | 'ndjson';

export interface TableCells {
  header: string[];
  rows: string[][];
}

/** The header and rows of a table file as its reader sees them (CSV, JSON or NDJSON by name). */
export function tableCells(name: string, text: string): TableCells {
  const format = formatOf(name);
  if (format !== 'csv') {
    const json = readJsonTable(name, format, text);
    return { header: json.header, rows: json.rows.map((r) => r.fields) };
  }
  const out: TableCells = { header: [], rows: [] };
  readTable(text, {
    header: (fields) => void (out.header = fields.map((h) => h.trim())),
    row: (cells) => (out.rows.push(cells.fields()), true),
  });
  return out;
}

/** Numeric columns become JSON numbers; an empty cell becomes null ("not known", never 0). */
function jsonValue(
  spec: TableSpec | undefined,
  column: string,
  cell: string,
): string | number | null {
  const raw = cell.trim();
  if (raw === '') return null;
  const parse = spec?.columns.find((c) => c.name === column)?.parse;
  if (parse === parseNumber || parse === parseYear) {
    const n = parse(raw);
    if (typeof n === 'number') return n;
  }
  return cell;
}

/**
 * Typed rows in one of the JSON shapes the loader reads: an array of objects, the compact
 * `{columns, rows}` form, or NDJSON; a missing value is null. The one JSON table writer, for
 * conversions, exports and rejected rows (which keep a nested value as the file had it).
 */
export function jsonTableText(
  header: readonly string[],
  values: readonly (readonly unknown[])[],
  shape: Exclude<OutputShape, 'csv'>,
): string {
  if (shape === 'compact') {
    const body = values.map((v) => `    ${JSON.stringify(v)}`).join(',\n');
    return `{\n  "columns": ${JSON.stringify(header)},\n  "rows": [\n${body}\n  ]\n}\n`;
  }
  const objects = values.map((v) =>
    JSON.stringify(Object.fromEntries(header.map((h, i) => [h, v[i] ?? null]))),
  );
  if (shape === 'ndjson') return `${objects.join('\n')}\n`;
  return `[\n${objects.map((o) => `  ${o}`).join(',\n')}\n]\n`;
}

/** Writes a table in one of the shapes the loader reads. Blank rows are left out. */
export function writeTable(
  spec: TableSpec | undefined,
  cells: TableCells,
  shape: OutputShape,
): string {
  const rows = cells.rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (shape === 'csv') return `${Papa.unparse([cells.header, ...rows], { newline: '\n' })}\n`;
  const values = rows.map((r) => cells.header.map((h, i) => jsonValue(spec, h, r[i] ?? '')));
  return jsonTableText(cells.header, values, shape);
}
