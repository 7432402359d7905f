import type { Manifest } from '../../../data/types';
import { OCCASIONAL_KEYS, type HeadlineFigure } from '../../../model/headline';
import { derivationText, figureYearText, partText } from '../../../i18n/figureNotes';
import { formatValue, type Lang } from '../../../i18n/format';
import { figureLabel, HEADLINE_LABELS } from '../../../i18n/headlineLabels';
import { FLAG_LABELS, onNumber } from '../../../i18n/labels';
import { noteText, pick } from '../../../i18n/pick';
import { sourceHref, sourceName } from '../../../i18n/sourceName';
import './headline.css';

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
  const when = figureYearText(figure, lang);
  const how = derivationText(derivation, coverage, lang);
  return (
    <li className={`hl-card${when.older ? ' hl-older' : ''}`} data-figure={figure.key}>
      <p className="hl-label">{figureLabel(figure, lang)}</p>
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
  const missing = figures
    .filter((f) => f.value === null && !OCCASIONAL_KEYS.has(f.key))
    .map((f) => HEADLINE_LABELS[f.key][lang]);
  const year = figures[0]?.year;
  return (
    <section className="hl" aria-label={pick(lang, '主要指标', 'Headline figures')}>
      {figures.some((f) => f.value !== null) && (
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
