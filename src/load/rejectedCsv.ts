import Papa from 'papaparse';
import type { FileReport, Issue, RejectedRow } from '../data/report';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * quote, so opening the download never executes what a hostile file carried.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** "12:7 reason" per issue; a problem with the whole row has no column. */
export function reasonOf(issues: readonly Issue[], lang: 'en' | 'zh'): string {
  return issues
    .map((i) => `${i.line ?? ''}:${i.column ?? ''} ${lang === 'zh' ? i.zh : i.en}`)
    .join('; ');
}

/**
 * The rejected rows of one file as CSV: its header, each row's original cells, and a
 * `_reason` column, so a clerk can fix the rows and load them again. Starts with a BOM so
 * Excel on Chinese Windows reads it as UTF-8.
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
    return [...cells, reasonOf(r.issues, lang)].map(neutralizeFormula);
  });
  return `\uFEFF${Papa.unparse([[...header, '_reason'].map(neutralizeFormula), ...data], { newline: '\r\n' })}`;
}
