import type { BuiltChart } from '../charts/chartTypes';
import { formatDate, type Lang } from '../i18n/format';
import { FLAG_LABELS } from '../i18n/labels';
import { pick } from '../i18n/pick';
import { sourceName } from '../i18n/sourceName';
import type { Manifest } from '../data/types';
import type { DashboardModel } from '../model/dashboardModel';

/** What an exported chart says about itself, so the file stands alone away from the dashboard. */
export interface ExportMeta {
  title: string;
  /** "数据截至2021年2月25日 · 数据集：…" */
  subtitle: string;
  /** Set for synthetic datasets: the label every view carries. */
  warning: string | null;
  /** Source line and flag summary, printed under the chart. */
  footer: string[];
}

export const syntheticLabel = (lang: Lang): string =>
  pick(
    lang,
    '合成数据，仅供规模测试，并非真实数字',
    'SYNTHETIC data for scale tests — not real figures',
  );

export function datasetLine(model: DashboardModel, lang: Lang): string {
  const m = model.manifest;
  if (!m) return pick(lang, '数据集缺少 manifest.json', 'Dataset without manifest.json');
  const asOf = m.as_of
    ? pick(lang, `数据截至${formatDate(m.as_of, lang)}`, `Data as of ${formatDate(m.as_of, lang)}`)
    : '';
  const name = pick(lang, `数据集：${m.name_zh || m.name}`, `Dataset: ${m.name || m.name_zh}`);
  return [asOf, name].filter(Boolean).join(' · ');
}

export function sourceLine(built: BuiltChart, manifest: Manifest | null, lang: Lang): string {
  const docs = built.sourceFiles.map((f) => sourceName(manifest, f, lang));
  return docs.length === 0
    ? ''
    : pick(lang, `来源：${docs.join('；')}`, `Source: ${docs.join('; ')}`);
}

/** "⚠ 3 项数据质量提示：推算 2、存疑 1（详见数据表）" — flags are summarised, never dropped. */
export function flagLine(built: BuiltChart, lang: Lang): string {
  if (built.flags.length === 0) return '';
  const counts = new Map<string, number>();
  for (const f of built.flags)
    counts.set(FLAG_LABELS[f.flag][lang], (counts.get(FLAG_LABELS[f.flag][lang]) ?? 0) + 1);
  const kinds = [...counts].map(([k, n]) => `${k} ${n}`);
  return pick(
    lang,
    `⚠ ${built.flags.length} 项数据质量提示：${kinds.join('、')}（详见数据表）`,
    `⚠ ${built.flags.length} data-quality flag(s): ${kinds.join(', ')} (see the data table)`,
  );
}

export function exportMeta(model: DashboardModel, built: BuiltChart, lang: Lang): ExportMeta {
  return {
    title: built.title,
    subtitle: datasetLine(model, lang),
    warning: model.synthetic ? syntheticLabel(lang) : null,
    footer: [sourceLine(built, model.manifest, lang), flagLine(built, lang)].filter(Boolean),
  };
}
