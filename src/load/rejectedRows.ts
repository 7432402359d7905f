import { jsonTableText } from '../data/convertTable';
import { writeCsv } from '../data/csvWrite';
import { formatOf } from '../data/jsonTable';
import type { FileReport, Issue, RejectedRow } from '../data/report';

/** "12:7 reason" per issue; a problem with the whole row has no column. */
export function reasonOf(issues: readonly Issue[], lang: 'en' | 'zh'): string {
  return issues
    .map((i) => `${i.line ?? ''}:${i.column ?? ''} ${lang === 'zh' ? i.zh : i.en}`)
    .join('; ');
}

/**
 * The rejected rows of one file as CSV: its header, each row's original cells, and a
 * `_reason` column, so a clerk can fix the rows and load them again.
 */
export function rejectedRowsCsv(
  report: Pick<FileReport, 'header'>,
  rows: readonly RejectedRow[],
  lang: 'en' | 'zh',
): string {
  let width = report.header.length;
  for (const r of rows) width = Math.max(width, r.fields.length);
  const header = Array.from({ length: width }, (_, i) => report.header[i] ?? `_extra_${i + 1}`);
  const data = rows.map((r) => {
    const cells = Array.from({ length: width }, (_, i) => r.fields[i] ?? '');
    return [...cells, reasonOf(r.issues, lang)];
  });
  return writeCsv([...header, '_reason'], data);
}

/** A file of rejected rows to download, in the format of the file they came from. */
export interface RejectedDownload {
  name: string;
  text: string;
  type: string;
}

type RejectedOf = Pick<FileReport, 'file' | 'name' | 'header' | 'compact'>;

/**
 * The rejected records of a JSON or NDJSON file in its own shape, each with a `_reason`: an
 * array of objects, the compact form or one object a line, values as the file had them
 * (numbers stay numbers). A record that is not an object or row at all (a scalar, a line of
 * broken JSON) keeps its value or text under `_record`.
 */
function rejectedRowsJson(
  report: RejectedOf,
  rows: readonly RejectedRow[],
  lang: 'en' | 'zh',
  ndjson: boolean,
): string {
  const compact = report.compact === true;
  const cellsOf = (record: unknown): unknown[] | null => {
    if (compact) return Array.isArray(record) ? record : null;
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return null;
    const obj = record as Record<string, unknown>;
    return report.header.map((h) => (Object.hasOwn(obj, h) ? obj[h] : null));
  };
  const cells = rows.map((r) => cellsOf(r.record));
  let width = report.header.length;
  for (const c of cells) if (c) width = Math.max(width, c.length);
  const header = Array.from({ length: width }, (_, i) => report.header[i] ?? `_extra_${i + 1}`);
  const whole = cells.some((c) => c === null);
  const values = rows.map((r, k) => {
    const row = Array.from({ length: width }, (_, i) => cells[k]?.[i] ?? null);
    if (whole) row.push(cells[k] ? null : (r.record ?? null));
    return [...row, reasonOf(r.issues, lang)];
  });
  const columns = [...header, ...(whole ? ['_record'] : []), '_reason'];
  return jsonTableText(columns, values, ndjson ? 'ndjson' : compact ? 'compact' : 'json');
}

/**
 * The rejected rows of one file to download, keeping its format: CSV as CSV, a JSON file's
 * records as JSON in the same shape, NDJSON as NDJSON; named `<table>_rejected.<ext>`.
 */
export function rejectedRowsFile(
  report: RejectedOf,
  rows: readonly RejectedRow[],
  lang: 'en' | 'zh',
): RejectedDownload {
  const own = report.name ?? report.file;
  const format = formatOf(own);
  const ext = own.slice(own.lastIndexOf('.') + 1).toLowerCase();
  const name = `${own.slice(0, own.lastIndexOf('.'))}_rejected.${format === 'csv' ? 'csv' : ext}`;
  if (format === 'csv')
    return { name, text: rejectedRowsCsv(report, rows, lang), type: 'text/csv;charset=utf-8' };
  return {
    name,
    text: rejectedRowsJson(report, rows, lang, format === 'ndjson'),
    type: format === 'ndjson' ? 'application/x-ndjson' : 'application/json',
  };
}
