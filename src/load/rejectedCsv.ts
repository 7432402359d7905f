import { writeCsv } from '../data/csvWrite';
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
