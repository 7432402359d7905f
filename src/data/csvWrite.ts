import Papa from 'papaparse';

/** Excel on Chinese Windows reads a file without a BOM as GBK and garbles it. */
const BOM = '\uFEFF';

/**
 * A cell Excel or WPS would run as a formula: it starts with = + - @ tab or CR. A plain number
 * such as -5 or +1.5e3 is data, not a formula, and stays as it is.
 */
export const FORMULA_START = /^(?![-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$)[=+\-@\t\r]/;

export type CsvCell = string | number | null;

/**
 * The one CSV writer for everything a user downloads (chart tables, rejected rows): a BOM,
 * CRLF lines, and a leading ' on every cell a spreadsheet would run as a formula, so opening
 * the file never executes what a hostile dataset carried.
 */
export function writeCsv(
  header: readonly string[],
  rows: ReadonlyArray<readonly CsvCell[]>,
): string {
  return (
    BOM +
    Papa.unparse(
      { fields: [...header], data: rows.map((r) => r.map((c) => c ?? '')) },
      { escapeFormulae: FORMULA_START, newline: '\r\n' },
    )
  );
}
