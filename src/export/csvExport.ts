import type { Cell, ChartTable } from '../charts/chartTypes';
import { jsonTableText } from '../data/convertTable';
import { writeCsv } from '../data/csvWrite';
import type { Manifest } from '../data/types';
import type { Lang } from '../i18n/format';
import { pick } from '../i18n/pick';
import { sourceName } from '../i18n/sourceName';

/**
 * Exactly the numbers drawn, each row with its source quote and file, plus the source
 * document's title and publisher when the manifest names it; headed by the columns' labels.
 */
function exportCells(table: ChartTable, lang: Lang, manifest: Manifest | null) {
  const columns = [...table.columns];
  const withTitles =
    columns.some((c) => c.key === 'source_file') && (manifest?.sources.length ?? 0) > 0;
  const header = columns.map((c) => c.label);
  if (withTitles) header.push(pick(lang, '来源文献', 'Source document'));
  const rows = table.rows.map((row) => {
    const cells: Cell[] = columns.map((c) => row[c.key] ?? null);
    if (withTitles) {
      const files = String(row.source_file ?? '')
        .split(/;\s*/)
        .filter(Boolean);
      cells.push(files.map((f) => sourceName(manifest, f, lang)).join(pick(lang, '；', '; ')));
    }
    return cells;
  });
  return { header, rows };
}

/** The chart's table as CSV for spreadsheets: formulas neutralised, empty cells for no data. */
export function tableCsv(table: ChartTable, lang: Lang, manifest: Manifest | null = null): string {
  const { header, rows } = exportCells(table, lang, manifest);
  return writeCsv(header, rows);
}

/**
 * The same table as JSON, an array of objects keyed by the column labels: numbers stay JSON
 * numbers and a missing value is null, never 0. Written by the loader's own JSON writer, so
 * the file is in a shape the dashboard reads.
 */
export function tableJson(table: ChartTable, lang: Lang, manifest: Manifest | null = null): string {
  const { header, rows } = exportCells(table, lang, manifest);
  return jsonTableText(header, rows, 'json');
}
