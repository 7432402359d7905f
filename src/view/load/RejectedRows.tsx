import { useState } from 'react';
import type { Issue, RejectedRow } from '../../data/report';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import { countLabel } from './originLabel';

const PAGE = 50;
const CELLS_SHOWN = 6;

/** "Line 3, column 6 (status)"; a JSON record also by its number: "Record 2, line 3 (value)". */
function where(line: number, issue: Issue, lang: Lang): string {
  const { column, columnName, record } = issue;
  const col = column === null ? '' : pick(lang, `，第 ${column} 列`, `, column ${column}`);
  const name = columnName ? ` (${columnName})` : '';
  const at =
    record === undefined
      ? pick(lang, `第 ${line} 行`, `Line ${line}`)
      : pick(lang, `第 ${record} 条记录，第 ${line} 行`, `Record ${record}, line ${line}`);
  return `${at}${col}${name}`;
}

function cellsPreview(fields: readonly string[]): string {
  const shown = fields.slice(0, CELLS_SHOWN).join(', ');
  const text =
    fields.length > CELLS_SHOWN ? `${shown}, … (+${fields.length - CELLS_SHOWN})` : shown;
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** Rejected rows of one file, a page at a time, each with its line, column and reason. */
export function RejectedRows({
  rows,
  total,
  lang,
}: {
  rows: readonly RejectedRow[] | null;
  total: number;
  lang: Lang;
}) {
  const [page, setPage] = useState(0);
  if (total === 0) return null;
  if (!rows)
    return (
      <p className="muted">{pick(lang, '正在载入被拒绝的行…', 'Loading the rejected rows…')}</p>
    );
  const pages = Math.ceil(rows.length / PAGE);
  const first = page * PAGE;
  const shown = rows.slice(first, first + PAGE);
  return (
    <div className="rejected-rows">
      <ol className="rejected-list" start={first + 1}>
        {/* By position: records of a one-line JSON file share their line. */}
        {shown.map((r, n) => (
          <li key={first + n}>
            {r.issues.map((i, k) => (
              <div key={k}>
                <strong>{where(i.line ?? r.line, i, lang)}</strong>
                {pick(lang, '：', ': ')}
                {lang === 'zh' ? i.zh : i.en}
              </div>
            ))}
            {r.fields.length > 0 && (
              <code className="rejected-cells">{cellsPreview(r.fields)}</code>
            )}
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav className="pager" aria-label={pick(lang, '被拒绝的行分页', 'Pages of rejected rows')}>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {pick(lang, '上一页', 'Previous')}
          </button>
          <span>
            {pick(
              lang,
              `第 ${countLabel(first + 1, lang)}–${countLabel(first + shown.length, lang)} 行，共 ${countLabel(rows.length, lang)} 行`,
              `${countLabel(first + 1, lang)}–${countLabel(first + shown.length, lang)} of ${countLabel(rows.length, lang)}`,
            )}
          </span>
          <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            {pick(lang, '下一页', 'Next')}
          </button>
        </nav>
      )}
    </div>
  );
}
