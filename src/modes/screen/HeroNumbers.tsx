import type { Manifest } from '../../data/types';
import { figureYearText, partText } from '../../i18n/figureNotes';
import type { Lang } from '../../i18n/format';
import { figureLabel } from '../../i18n/headlineLabels';
import { onNumber } from '../../i18n/labels';
import { pick } from '../../i18n/pick';
import { sourceName } from '../../i18n/sourceName';
import type { HeadlineFigure } from '../../model/headline';
import { countUpText } from './countUp';
import { useCountUp } from './useCountUp';

/** The documents behind a figure, by short title: the first, and how many more. */
function sourceText(f: HeadlineFigure, manifest: Manifest | null, lang: Lang): string {
  const files = [...new Set(f.sources.map((s) => s.sourceFile))];
  if (files.length === 0) return '';
  const first = sourceName(manifest, files[0]!, lang, 'short');
  const more = files.length - 1;
  return pick(
    lang,
    `来源：${first}${more > 0 ? `等${files.length}篇` : ''}`,
    `Source: ${first}${more > 0 ? ` and ${more} more` : ''}`,
  );
}

interface HeroCardProps {
  figure: HeadlineFigure;
  lang: Lang;
  manifest: Manifest | null;
  /** Count-up progress, 0 → 1; at 1 the value reads exactly as everywhere else. */
  progress: number;
}

/** One hero number: what it counts, the value, its year and source, and if a part, whose. */
function HeroCard({ figure, lang, manifest, progress }: HeroCardProps) {
  const { value } = figure;
  if (!value) return null;
  const part = partText(figure.coverage, lang);
  const flagged = figure.sources.filter((s) => onNumber(s.qualityFlag)).length;
  return (
    <li className="hero-card" data-figure={figure.key}>
      <p className="hero-label">{figureLabel(figure, lang)}</p>
      <p className="hero-value" data-final={countUpText(value, lang, 1)}>
        {countUpText(value, lang, progress)}
        {flagged > 0 && (
          // The notes themselves are on the dashboard: the wall only says there are some.
          <span
            className="hero-flag"
            aria-label={pick(lang, '有数据说明，详见看板', 'Data notes on the dashboard')}
          >
            ⚠
          </span>
        )}
      </p>
      <p className="hero-year">{figureYearText(figure, lang, true).text}</p>
      <p className="hero-source">{sourceText(figure, manifest, lang)}</p>
      {part && <p className="hero-part">{part}</p>}
    </li>
  );
}

export interface HeroNumbersProps {
  figures: readonly HeadlineFigure[];
  lang: Lang;
  manifest: Manifest | null;
  /** `animation=0` shows the values at once. */
  animate: boolean;
  /** Counting starts again only when this changes: a new region, not every view of the same one. */
  runKey: string;
  /** One figure under another, beside the tour's map, rather than a row across the wall. */
  stacked?: boolean;
}

/**
 * The slide's headline figures as hero numbers that count up to their value. Figures the
 * sources are silent on are left out here; the dashboard lists them as "no data".
 */
export function HeroNumbers({
  figures,
  lang,
  manifest,
  animate,
  runKey,
  stacked = false,
}: HeroNumbersProps) {
  const progress = useCountUp(runKey, animate);
  const shown = figures.filter((f) => f.value !== null);
  if (shown.length === 0) return null;
  return (
    <ul
      className={stacked ? 'hero hero-stacked' : 'hero'}
      style={{ '--hero-columns': shown.length } as React.CSSProperties}
      aria-label={pick(lang, '主要指标', 'Headline figures')}
    >
      {shown.map((f) => (
        <HeroCard key={f.key} figure={f} lang={lang} manifest={manifest} progress={progress} />
      ))}
    </ul>
  );
}
