import type { Manifest } from '../../data/types';
import type { Derivation } from '../../model/metrics';
import type { HeadlineFigure, HeadlineKey } from '../../model/headline';
import { formatPeriod, formatValue, type Lang } from '../../i18n/format';
import { FLAG_LABELS, INDICATOR_LABELS, METRIC_LABELS } from '../../i18n/labels';
import { pick } from '../../i18n/pick';
import { sourceName } from '../../i18n/sourceName';
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

function derivationText(d: Derivation, lang: Lang): string {
  switch (d.kind) {
    case 'village_schedule':
      return pick(
        lang,
        `据贫困村出列名单统计：共 ${d.villages} 个村，已出列 ${d.exited} 个。`,
        `Counted from the village exit list: ${d.villages} villages, ${d.exited} exited.`,
      );
    case 'exits_over_poor_villages':
      return pick(
        lang,
        `计算：出列村 ${d.exited} 个 ÷ 贫困村 ${d.poorVillages} 个。`,
        `Computed: ${d.exited} villages exited ÷ ${d.poorVillages} poor villages.`,
      );
    case 'children_sum':
      return d.contributing < d.children
        ? pick(
            lang,
            `${d.children} 个下级地区中 ${d.contributing} 个有数据，合计为下限。`,
            `Sum of the ${d.contributing} of ${d.children} sub-regions with data: a lower bound.`,
          )
        : pick(lang, `${d.children} 个下级地区合计。`, `Sum of ${d.children} sub-regions.`);
    case 'fund_sum':
      return pick(lang, `${d.rows} 项资金合计。`, `Sum of ${d.rows} fund figures.`);
  }
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
  const { value, period, sources, derivation } = figure;
  const flags = [...new Set(sources.flatMap((s) => (s.qualityFlag ? [s.qualityFlag] : [])))];
  return (
    <li className="hl-card" data-figure={figure.key}>
      <p className="hl-label">{LABELS[figure.key][lang]}</p>
      {value ? (
        <p className="hl-value">
          {formatValue(value.value, value.unit, lang, value.qualifier, value.valueMax)}
        </p>
      ) : (
        <p className="hl-value hl-none">{pick(lang, '无数据', 'No data')}</p>
      )}
      <p className="hl-year">
        {value
          ? period
            ? formatPeriod(period, lang)
            : pick(lang, '据出列名单', 'from the village list')
          : figure.key === 'funds'
            ? pick(lang, `${figure.year}年`, `in ${figure.year}`)
            : pick(lang, `截至${figure.year}年`, `up to ${figure.year}`)}
      </p>
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
          {derivation && <p className="hl-derivation">{derivationText(derivation, lang)}</p>}
          <ul>
            {sources.map((s) => (
              <li key={s.id}>
                <a
                  className="hl-file"
                  href={`sources/${encodeURIComponent(s.sourceFile)}`}
                  target="_blank"
                  rel="noopener"
                >
                  {sourceName(manifest, s.sourceFile, lang)}
                </a>
                <q className="hl-quote">{s.sourceQuote}</q>
                {s.qualityFlag && (
                  <span className="hl-note">
                    {FLAG_LABELS[s.qualityFlag][lang]}
                    {s.qualityNote && pick(lang, `：${s.qualityNote}`, `: ${s.qualityNote}`)}
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

/** The headline figures above every view, each with its year, its source and its flags. */
export function Headline({ figures, lang, manifest }: HeadlineProps) {
  return (
    <section className="hl" aria-label={pick(lang, '主要指标', 'Headline figures')}>
      <ul className="hl-grid">
        {figures.map((f) => (
          <FigureCard key={f.key} figure={f} lang={lang} manifest={manifest} />
        ))}
      </ul>
    </section>
  );
}
