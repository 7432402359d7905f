import type { ChartTable } from '../charts/chartTypes';
import { writeCsv } from '../data/csvWrite';
import type { Manifest } from '../data/types';
import type { Lang } from '../i18n/format';
import { pick } from '../i18n/pick';
import { sourceName } from '../i18n/sourceName';

/**
 * The chart's table as CSV: exactly the numbers drawn, each row with its source quote and file,
 * plus the source document's title and publisher when the manifest names it.
 */
export function tableCsv(table: ChartTable, lang: Lang, manifest: Manifest | null = null): string {
  const columns = [...table.columns];
  const withTitles =
    columns.some((c) => c.key === 'source_file') && (manifest?.sources.length ?? 0) > 0;
  const header = columns.map((c) => c.label);
  if (withTitles) header.push(pick(lang, '来源文献', 'Source document'));
  const data = table.rows.map((row) => {
    const cells = columns.map((c) => row[c.key] ?? '');
    if (withTitles) {
      const files = String(row.source_file ?? '')
        .split(/;\s*/)
        .filter(Boolean);
      cells.push(files.map((f) => sourceName(manifest, f, lang)).join(pick(lang, '；', '; ')));
    }
    return cells;
  });
  return writeCsv(header, data);
}
