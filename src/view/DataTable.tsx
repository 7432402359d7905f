import { useMemo, useState } from 'react';
import type { Cell, ChartTable } from '../charts/chartTypes';
import { localeNumber, type Lang } from '../i18n/format';
import { pick } from '../i18n/pick';

const compare = (a: Cell, b: Cell): number => {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
};

/** The numbers a chart draws, as a sortable table a screen reader can read. */
export function DataTable({
  table,
  caption,
  lang,
}: {
  table: ChartTable;
  caption: string;
  lang: Lang;
}) {
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | null>(null);
  const rows = useMemo(() => {
    if (!sort) return table.rows;
    return [...table.rows].sort(
      (a, b) => sort.dir * compare(a[sort.key] ?? null, b[sort.key] ?? null),
    );
  }, [table.rows, sort]);

  if (table.rows.length === 0) return <p className="no-data">{pick(lang, '无数据', 'No data')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => {
              const dir = sort?.key === c.key ? sort.dir : 0;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={dir === 1 ? 'ascending' : dir === -1 ? 'descending' : 'none'}
                >
                  <button
                    type="button"
                    onClick={() => setSort({ key: c.key, dir: dir === 1 ? -1 : 1 })}
                  >
                    {c.label}
                    <span aria-hidden="true">{dir === 1 ? ' ▲' : dir === -1 ? ' ▼' : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {table.columns.map((c) => {
                const v = row[c.key] ?? null;
                return (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {v === null ? '—' : typeof v === 'number' ? localeNumber(v, lang) : v}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
