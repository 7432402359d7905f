import { regionNameOf } from '../../i18n/figureNotes';
import { formatPeriod, formatValue, type Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import type { DataPlace } from '../../model/dataPlaces';
import { figureLabel } from '../../i18n/headlineLabels';
import './dataPlaces.css';

function PlaceFigure({ place, lang }: { place: DataPlace; lang: Lang }) {
  const f = place.figure;
  if (!f?.value)
    return (
      <span className="dp-figure">
        {pick(lang, `${place.rows}条记录`, `${place.rows} records`)}
      </span>
    );
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
  return (
    <section className="dp" aria-label={pick(lang, '数据所在地区', 'Where the data is')}>
      <h3 className="dp-title">{pick(lang, '数据所在地区', 'Where the data is')}</h3>
      <ul className="dp-list">
        {places.map((p) => (
          <li key={p.region.code}>
            <button type="button" className="dp-place" onClick={() => onSelect(p.region.code)}>
              <span className="dp-name">{regionNameOf(p.region, lang)}</span>
              <PlaceFigure place={p} lang={lang} />
            </button>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="dp-more">
          {pick(lang, `另有 ${more} 个地区有数据，见地区列表`, `${more} more in the region list`)}
        </p>
      )}
    </section>
  );
}
