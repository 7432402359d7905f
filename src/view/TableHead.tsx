import type { Lang } from '../i18n/format';
import { pick } from '../i18n/pick';

/** A column heading in both languages; numeric columns align right like their cells. */
export type HeadColumn = readonly [zh: string, en: string, numeric?: 'num'];

/** The header row of a plain (unsortable) table. */
export function TableHead({ lang, columns }: { lang: Lang; columns: readonly HeadColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map(([zh, en, numeric]) => (
          <th key={en} scope="col" className={numeric}>
            {pick(lang, zh, en)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
