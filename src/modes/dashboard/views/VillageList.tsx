import { useId } from 'react';
import type { ExitStatus, Manifest } from '../../../data/types';
import { formatDate, type Lang } from '../../../i18n/format';
import { FLAG_LABELS } from '../../../i18n/labels';
import { noteText, pick } from '../../../i18n/pick';
import { sourceName } from '../../../i18n/sourceName';
import type { TownshipGroup, VillageEntry, VillageGroups } from '../../../model/villageList';
import './timeline.css';
import { TableHead, type HeadColumn } from '../../../view/TableHead';

const STATUS: Record<ExitStatus, [string, string]> = {
  planned: ['计划出列', 'Planned'],
  exited: ['已出列', 'Exited'],
  unknown: ['不详', 'Unknown'],
};

const nameOf = (zh: string, en: string, lang: Lang) => (lang === 'en' && en !== '' ? en : zh);

function groupTitle(g: TownshipGroup, lang: Lang): string {
  const township =
    g.township === ''
      ? pick(lang, '乡镇未注明', 'Township not given')
      : nameOf(g.township, g.townshipEn, lang);
  return `${nameOf(g.county, g.countyEn, lang)} · ${township}`;
}

function VillageRow({
  v,
  lang,
  manifest,
}: {
  v: VillageEntry;
  lang: Lang;
  manifest: Manifest | null;
}) {
  return (
    <tr>
      <th scope="row">{nameOf(v.name, v.nameEn, lang)}</th>
      <td className="vl-code">
        <code>{v.code}</code>
        {v.flag && (
          <span className={`vl-flag vl-flag-${v.flag}`} title={noteText(v, lang) || undefined}>
            ⚠ {FLAG_LABELS[v.flag][lang]}
          </span>
        )}
      </td>
      <td className="num">{v.plannedYear ?? '—'}</td>
      <td>{v.actualDate ? formatDate(v.actualDate, lang) : '—'}</td>
      <td>
        <span className={`vl-status vl-status-${v.status}`}>{pick(lang, ...STATUS[v.status])}</span>
      </td>
      <td className="vl-source">
        <q>{v.quote}</q>
        {/* Short: the quote is what this column is for; the full name is a hover away. */}
        <span className="vl-file" title={sourceName(manifest, v.sourceFile, lang)}>
          {sourceName(manifest, v.sourceFile, lang, 'short')}
        </span>
      </td>
    </tr>
  );
}

/** The named poor villages of a region, one table per township, each village with its source. */
const VILLAGE_COLUMNS: readonly HeadColumn[] = [
  ['村', 'Village'],
  ['代码', 'Code'],
  ['计划出列年份', 'Planned exit'],
  ['实际出列日期', 'Actual exit'],
  ['状态', 'Status'],
  ['来源原文', 'Source quote'],
];

export function VillageList({
  groups,
  lang,
  manifest,
}: {
  groups: VillageGroups;
  lang: Lang;
  /** Names each village's source document. */
  manifest: Manifest | null;
}) {
  const headingId = useId();
  return (
    <section className="vl" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {pick(lang, '贫困村名单', 'Named poor villages')}
        {groups.total > 0 && (
          <span className="vl-count">
            {pick(lang, `（${groups.total}个）`, ` (${groups.total})`)}
          </span>
        )}
      </h3>
      {groups.total === 0 ? (
        <p className="no-data" role="note">
          {pick(
            lang,
            '来源文件未列出本地区的贫困村名单。',
            'The sources name no poor villages here.',
          )}
        </p>
      ) : (
        groups.shown < groups.total && (
          <p className="vl-note" role="note">
            {pick(
              lang,
              `仅列出前${groups.shown}个（共${groups.total}个），请选择下级地区查看全部。`,
              `Showing the first ${groups.shown} of ${groups.total}; choose a smaller region to see them all.`,
            )}
          </p>
        )
      )}
      {groups.groups.length > 0 && (
        // One scroll area, one tab stop, however many townships.
        <div className="vl-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          {groups.groups.map((g) => (
            <table key={g.key} className="data-table vl-table">
              <caption>
                {groupTitle(g, lang)}
                <span className="vl-count">
                  {pick(lang, `（${g.villages.length}个村）`, ` (${g.villages.length} villages)`)}
                </span>
              </caption>
              <TableHead lang={lang} columns={VILLAGE_COLUMNS} />
              <tbody>
                {g.villages.map((v) => (
                  <VillageRow key={v.id} v={v} lang={lang} manifest={manifest} />
                ))}
              </tbody>
            </table>
          ))}
        </div>
      )}
    </section>
  );
}
