import type { ChartTable } from '../../charts/chartTypes';
import type { Manifest } from '../../data/types';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';

/** "数据：<dataset> · 精准扶贫进度看板": who made the chart, as a newsroom credits a graphic. */
export function creditLine(manifest: Manifest | null, lang: Lang): string {
  const app = pick(lang, '精准扶贫进度看板', 'Poverty-alleviation progress dashboard');
  const name = manifest
    ? pick(lang, manifest.name_zh || manifest.name, manifest.name || manifest.name_zh)
    : '';
  return name ? `${pick(lang, '数据：', 'Data: ')}${name} · ${app}` : app;
}

/**
 * The one year every drawn row belongs to, or null when the rows span years (or name none):
 * a chart of one year says which in its title.
 */
export function singleYear(table: ChartTable): number | null {
  const years = new Set<string>();
  for (const row of table.rows) {
    const found = String(row.period ?? row.year ?? '').match(/\d{4}/g) ?? [];
    if (found.length !== 1) return null;
    years.add(found[0]!);
  }
  return years.size === 1 ? Number([...years][0]) : null;
}

/** The title with its year, unless it already names it. */
export function titleWithYear(title: string, year: number | null, lang: Lang): string {
  if (year === null || title.includes(String(year))) return title;
  return pick(lang, `${title}（${year}年）`, `${title}, ${year}`);
}
