// Words for the sourced rows a chart draws: names, values as the source states them, flags.
import type { Measured, Period, Sourced, Unit } from '../../data/types';
import { formatValue, unitLabel, type Lang } from '../../i18n/format';
import { FLAG_LABELS, onNumber } from '../../i18n/labels';
import { noteText, pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import type { ChartContext } from '../chartTypes';

/** A row any of these charts draws: indicator, fund or infrastructure. */
export type ChartRow = Sourced &
  Measured & {
    labelZh: string;
    labelEn: string;
    period: Period;
    measure: 'actual' | 'planned' | 'target';
  };

const MEASURES = {
  actual: { zh: '实际', en: 'actual' },
  planned: { zh: '计划', en: 'planned' },
  target: { zh: '目标', en: 'target' },
} as const;
/** Unit names for axes and tables; a bare count has no suffix in English, so it gets a word. */
export const unitName = (unit: Unit, lang: Lang): string =>
  unitLabel(unit, lang) || pick(lang, '个', 'count');

export const measureLabel = (m: ChartRow['measure'], lang: Lang): string => MEASURES[m][lang];

export const regionName = (model: DashboardModel, code: string, lang: Lang): string => {
  const r = model.region(code);
  if (!r) return code;
  return lang === 'en' && r.nameEn !== '' ? r.nameEn : r.name;
};

/** The region's name in the UI language, and the chart's title under it: "咸安区 · 致贫原因". */
export function chartNames(model: DashboardModel, ctx: ChartContext, title: string) {
  const name = regionName(model, ctx.region, ctx.lang);
  return { name, title: `${name} · ${title}` };
}

/** "⚠ 存疑" for a flagged row: the table's flag column and the tooltip's flag line. */
export const flagMark = (row: Sourced, lang: Lang): string =>
  row.qualityFlag ? `⚠ ${FLAG_LABELS[row.qualityFlag][lang]}` : '';

/** The mark in the number's own label, so a doubtful figure is read as such where it is drawn. */
const badge = (row: Sourced, lang: Lang): string =>
  onNumber(row.qualityFlag) ? flagMark(row, lang) : '';

/** The flag with its note in the UI language: "⚠ 存疑 说明" for tables and tooltips. */
export const flagNoteText = (row: Sourced, lang: Lang, sep = ' '): string | null => {
  if (!row.qualityFlag) return null;
  const note = noteText(row, lang);
  return note ? `${flagMark(row, lang)}${sep}${note}` : flagMark(row, lang);
};

/** The value as the source states it (qualifier kept), with the badge of a flag on the number. */
export const valueText = (row: ChartRow, lang: Lang): string =>
  [formatValue(row.value, row.unit, lang, row.qualifier, row.valueMax), badge(row, lang)]
    .filter(Boolean)
    .join(' ');

/** Planned and target amounts say so in their label, not only by their outline. */
export const measuredText = (row: ChartRow, lang: Lang): string =>
  row.measure === 'actual'
    ? valueText(row, lang)
    : `${measureLabel(row.measure, lang)} ${valueText(row, lang)}`;

/** A description's sentences: Chinese runs them together, English needs a space between. */
export const sentences = (lang: Lang, parts: readonly string[]): string =>
  parts.filter(Boolean).join(pick(lang, '', ' '));
