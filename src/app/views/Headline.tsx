import type { Manifest } from '../../data/types';
import type { HeadlineFigure, HeadlineKey } from '../../model/headline';
import { derivationText, partText } from '../../i18n/figureNotes';
import { formatPeriod, formatValue, type Lang } from '../../i18n/format';
import { FLAG_LABELS, INDICATOR_LABELS, METRIC_LABELS, onNumber } from '../../i18n/labels';
import { noteText, pick } from '../../i18n/pick';
import { sourceHref, sourceName } from '../../i18n/sourceName';
import './headline.css';

const LABELS: Record<HeadlineKey, { zh: string; en: string }> = {
  poor_people: INDICATOR_LABELS.poor_people,
  poor_households: INDICATOR_LABELS.poor_households,
  incidence: METRIC_LABELS.incidence,
  poor_villages: INDICATOR_LABELS.poor_villages,
  exit_share: METRIC_LABELS.exit_share,
  funds: { zh: '当年扶贫资金', en: 'Funds in the year' },
  people_lifted: INDICATOR_LABELS.people_lifted,
};

/** A one-year exit rate is named as that year's, so it never reads as progress to date. */
function labelOf(figure: HeadlineFigure, lang: Lang): string {
  const end = figure.period?.end;
  return figure.derivation?.kind === 'year_rate' && end !== undefined
    ? pick(lang, `${end}年当年贫困村出列率`, `Poor villages exited in ${end}`)
    : LABELS[figure.key][lang];
}

/** The period the value describes, and whether it is older than the year in view. */
function yearText(figure: HeadlineFigure, lang: Lang): { text: string; older: boolean } {
  const { period, year } = figure;
  if (!period) return { text: pick(lang, '据出列名单', 'from the village list'), older: false };
  const older = period.end < year;
  const text = formatPeriod(period, lang);
  return {
    text: older
      ? pick(lang, `${text}（${year}年无新数据）`, `${text} (none newer by ${year})`)
      : text,
    older,
  };
}

interface HeadlineProps {
  figures: readonly HeadlineFigure[];
  lang: Lang;
  /** Names the source documents; the links still open the files. */
  manifest: Manifest | null;
}

function FigureCard({
  figure,
  lang,
  manifest,
}: { figure: HeadlineFigure } & Omit<HeadlineProps, 'figures'>) {
  const { value, sources, derivation, coverage } = figure;
  if (!value) return null;
  // Only flags on the number itself are badges; an inferred year is told in the source list.
  const flags = [
    ...new Set(sources.flatMap((s) => (onNumber(s.qualityFlag) ? [s.qualityFlag] : []))),
  ];
  const part = partText(coverage, lang);
  const when = yearText(figure, lang);
  const how = derivationText(derivation, coverage, lang);
  return (
    <li className={`hl-card${when.older ? ' hl-older' : ''}`} data-figure={figure.key}>
      <p className="hl-label">{labelOf(figure, lang)}</p>
      <p className="hl-value">
        {formatValue(value.value, value.unit, lang, value.qualifier, value.valueMax)}
      </p>
      <p className="hl-year">{when.text}</p>
      {part && <p className="hl-part">{part}</p>}
      {flags.length > 0 && (
        <p className="hl-flags">
          {flags.map((f) => (
            <span key={f} className={`hl-flag hl-flag-${f}`}>
              ⚠ {FLAG_LABELS[f][lang]}
            </span>
          ))}
        </p>
      )}
      {sources.length > 0 && (
        <details className="hl-source">
          <summary>{pick(lang, '来源', 'Source')}</summary>
          {how && <p className="hl-derivation">{how}</p>}
          <ul>
            {sources.map((s) => (
              <li key={s.id}>
                <a
                  className="hl-file"
                  href={sourceHref(manifest, s.sourceFile)}
                  target="_blank"
                  rel="noopener"
                >
                  {sourceName(manifest, s.sourceFile, lang)}
                </a>
                <q className="hl-quote">{s.sourceQuote}</q>
                {s.qualityFlag && (
                  <span className="hl-note">
                    {[FLAG_LABELS[s.qualityFlag][lang], noteText(s, lang)]
                      .filter(Boolean)
                      .join(pick(lang, '：', ': '))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * The headline figures above every view, each with its year, what it covers, its source and
 * its flags. Figures the sources are silent on share one short line instead of empty cards.
 */
export function Headline({ figures, lang, manifest }: HeadlineProps) {
  const missing = figures.filter((f) => f.value === null).map((f) => LABELS[f.key][lang]);
  const year = figures[0]?.year;
  return (
    <section className="hl" aria-label={pick(lang, '主要指标', 'Headline figures')}>
      {missing.length < figures.length && (
        <ul className="hl-grid">
          {figures.map((f) => (
            <FigureCard key={f.key} figure={f} lang={lang} manifest={manifest} />
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <p className="hl-missing">
          {pick(
            lang,
            `截至${year}年无数据：${missing.join('、')}`,
            `No figures up to ${year}: ${missing.join(', ')}`,
          )}
        </p>
      )}
    </section>
  );
}
