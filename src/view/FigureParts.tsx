import type { BuiltChart } from '../charts/chartTypes';
import type { Manifest } from '../data/types';
import type { Lang } from '../i18n/format';
import { FLAG_LABELS } from '../i18n/labels';
import { pick } from '../i18n/pick';
import { sourceName } from '../i18n/sourceName';

/**
 * The caption every framed chart carries — dashboard card, embed, wall panel — in one wording:
 * "no data" (never zero), the sources it is drawn from, and its data-quality flags. Each frame
 * keeps its own class names, so each keeps its own look.
 */

/** What a chart says when the sources give nothing for it: no data, which is not zero. */
export function NoData({ lang, className = 'no-data' }: { lang: Lang; className?: string }) {
  return (
    <p className={className} role="note">
      {pick(
        lang,
        '无数据：来源文件未提供此项数据。',
        'No data: the sources do not give these figures.',
      )}
    </p>
  );
}

/** "Source: A; B", each a link to its document or citation. */
export function SourceLine({
  files,
  manifest,
  href,
  lang,
  className,
}: {
  files: readonly string[];
  manifest: Manifest | null;
  href: (file: string) => string;
  lang: Lang;
  className: string;
}) {
  if (files.length === 0) return null;
  return (
    <p className={className}>
      {pick(lang, '来源：', 'Source: ')}
      {files.map((f, i) => (
        <span key={f}>
          {i > 0 && pick(lang, '；', '; ')}
          <a href={href(f)} target="_blank" rel="noopener">
            {sourceName(manifest, f, lang)}
          </a>
        </span>
      ))}
    </p>
  );
}

/** The flags folded under a count: open to read each one with the words it qualifies. */
export function FlagDetails({
  flags,
  lang,
  className,
}: {
  flags: BuiltChart['flags'];
  lang: Lang;
  className: string;
}) {
  if (flags.length === 0) return null;
  return (
    <details className={className}>
      <summary>
        ⚠{' '}
        {pick(
          lang,
          `${flags.length} 项数据质量提示`,
          `${flags.length} data-quality flag${flags.length > 1 ? 's' : ''}`,
        )}
      </summary>
      <ul>
        {flags.map((f) => (
          <li key={f.id}>
            <strong>{FLAG_LABELS[f.flag][lang]}</strong>{' '}
            {pick(lang, `「${f.quote}」`, `“${f.quote}”`)} {f.note}
          </li>
        ))}
      </ul>
    </details>
  );
}
