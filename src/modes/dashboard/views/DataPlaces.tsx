import { regionNameOf } from '../../../i18n/figureNotes';
import { formatPeriod, formatValue, type Lang } from '../../../i18n/format';
import { pick } from '../../../i18n/pick';
import type { DataPlace } from '../../../model/dataPlaces';
import { figureLabel } from '../../../i18n/headlineLabels';
import './dataPlaces.css';

function PlaceFigure({ place, lang }: { place: DataPlace; lang: Lang }) {
  const f = place.figure;
  if (!f?.value) return null;
  const v = f.value;
  return (
    <span className="dp-figure">
      <span className="dp-label">{figureLabel(f, lang)}</span>{' '}
      <strong>{formatValue(v.value, v.unit, lang, v.qualifier, v.valueMax)}</strong>
      {f.period && <span className="dp-year"> · {formatPeriod(f.period, lang)}</span>}
    </span>
  );
}

/** Where the data is: each region below this one with figures of its own, one click away. */
export function DataPlaces({
  places,
  more,
  lang,
  onSelect,
}: {
  places: readonly DataPlace[];
  more: number;
  lang: Lang;
  onSelect: (code: string) => void;
}) {
  if (places.length === 0) return null;
  // Places with a headline figure get a card; those with other records only, one line of links.
  const figured = places.filter((p) => p.figure !== null);
  const others = places.filter((p) => p.figure === null);
  const link = (p: DataPlace) => (
    <button
      key={p.region.code}
      type="button"
      className="dp-link"
      title={pick(lang, `${p.rows}条记录`, `${p.rows} records`)}
      onClick={() => onSelect(p.region.code)}
    >
      {regionNameOf(p.region, lang)}
    </button>
  );
  return (
    <section className="dp" aria-label={pick(lang, '数据所在地区', 'Where the data is')}>
      <h3 className="dp-title">{pick(lang, '数据所在地区', 'Where the data is')}</h3>
      {figured.length > 0 && (
        <ul className="dp-list">
          {figured.map((p) => (
            <li key={p.region.code}>
              <button type="button" className="dp-place" onClick={() => onSelect(p.region.code)}>
                <span className="dp-name">{regionNameOf(p.region, lang)}</span>
                <PlaceFigure place={p} lang={lang} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <p className="dp-others">
          {pick(lang, '另有其他记录：', 'Other records: ')}
          {others.map(link)}
        </p>
      )}
      {more > 0 && (
        <p className="dp-more">
          {pick(lang, `另有 ${more} 个地区有数据，见地区列表`, `${more} more in the region list`)}
        </p>
      )}
    </section>
  );
}
