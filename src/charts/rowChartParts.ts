import type { Measured, Period, Sourced, Unit } from '../data/types';
import { formatNumber, formatPeriod, formatValue, unitLabel, type Lang } from '../i18n/format';
import { FLAG_LABELS, onNumber } from '../i18n/labels';
import { labelOf, noteText, pick } from '../i18n/pick';
import type { DashboardModel } from '../model/dashboardModel';
import { baseOption, fontSize } from './baseOption';
import {
  flagsOf,
  sourceFilesOf,
  type BuiltChart,
  type Cell,
  type ChartContext,
  type TableColumn,
} from './chartTypes';
import { tooltipLines } from './escapeHtml';
import { THEMES } from './theme';

// Parts shared by the charts that draw sourced rows (funds, infrastructure, causes, headcount,
// targets, timeline, milestones): one small panel per unit, so no value axis mixes units.

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

export const chartTitle = (model: DashboardModel, ctx: ChartContext, title: string): string =>
  `${regionName(model, ctx.region, ctx.lang)} · ${title}`;

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

/** A data item that knows its row, so labels and tooltips never re-derive it. */
export interface BarItem {
  value: number;
  rowId: string;
  text: string;
}

export const barItem = (row: ChartRow, text: string): BarItem => ({
  value: row.value,
  rowId: row.id,
  text,
});

const itemOf = (p: unknown): BarItem | null => {
  const data = (p as { data?: unknown }).data;
  return data && typeof data === 'object' && 'rowId' in data ? (data as BarItem) : null;
};

export const itemLabel = (p: unknown): string => itemOf(p)?.text ?? '';

/** Tooltip formatter: every line goes through tooltipLines, since labels come from data files. */
function rowTooltip<T extends ChartRow>(
  rows: ReadonlyMap<string, T>,
  lang: Lang,
  extra: (row: T) => string[] = () => [],
): (p: unknown) => string {
  return (p) => {
    const item = itemOf(p);
    const row = item ? rows.get(item.rowId) : undefined;
    if (!item || !row) return '';
    return tooltipLines([
      labelOf(row, lang),
      ...extra(row),
      `${formatPeriod(row.period, lang)} · ${measureLabel(row.measure, lang)}`,
      item.text,
      flagNoteText(row, lang, pick(lang, '：', ': ')),
      pick(lang, `来源：「${row.sourceQuote}」`, `Source: “${row.sourceQuote}”`),
    ]);
  };
}

/** The last columns of every table: the CSV carries each number's source and flag too. */
export const sourceColumns = (lang: Lang): TableColumn[] => [
  { key: 'source', label: pick(lang, '来源原文', 'Source quote') },
  { key: 'source_file', label: pick(lang, '来源文件', 'Source file') },
  { key: 'flag', label: pick(lang, '质量提示', 'Quality flag') },
];

function rowColumns(
  lang: Lang,
  rows: readonly ChartRow[],
  extra: TableColumn[] = [],
): TableColumn[] {
  const range = rows.some((r) => r.valueMax !== null);
  return [
    ...extra,
    { key: 'label', label: pick(lang, '项目', 'Item') },
    { key: 'period', label: pick(lang, '时期', 'Period') },
    { key: 'measure', label: pick(lang, '口径', 'Measure') },
    { key: 'value', label: pick(lang, '数值', 'Value'), numeric: true },
    ...(range
      ? [{ key: 'value_max', label: pick(lang, '上限', 'Upper bound'), numeric: true }]
      : []),
    { key: 'unit', label: pick(lang, '单位', 'Unit') },
    { key: 'shown', label: pick(lang, '原文表述', 'As stated') },
    ...sourceColumns(lang),
  ];
}

/** One table row: the drawn number, exactly as drawn, with its source and flag. */
const rowCells = (
  row: ChartRow,
  lang: Lang,
  extra: Record<string, Cell> = {},
): Record<string, Cell> => ({
  ...extra,
  id: row.id,
  label: labelOf(row, lang),
  period: formatPeriod(row.period, lang),
  measure: measureLabel(row.measure, lang),
  value: row.value,
  value_max: row.valueMax,
  unit: unitName(row.unit, lang),
  shown: formatValue(row.value, row.unit, lang, row.qualifier, row.valueMax),
  source: row.sourceQuote,
  source_file: row.sourceFile,
  flag: flagNoteText(row, lang),
});

/** Planned and target amounts: outlined and hatched, so they read apart from actuals without colour. */
export const hollowStyle = (color: string) => ({
  color: 'transparent',
  borderColor: color,
  borderWidth: 1.5,
  borderType: 'dashed',
  decal: { symbol: 'rect', color, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 },
});

export interface Panel {
  title: string;
  unit: Unit;
  categories: string[];
  /** 'y' lists categories down the side (horizontal bars); 'x' along the bottom. */
  categoryAxis: 'x' | 'y';
  series: Array<Record<string, unknown>>;
  plotHeight: number;
}

/** Plot height for horizontal bars: room for each category's bars side by side. */
export const barsHeight = (categories: number, barsPerCategory: number): number =>
  Math.max(48, categories * (barsPerCategory * 16 + 14));

/** Bar and point labels in the theme's text colour, scaled with the rest of the type. */
const themedLabel = (label: unknown, ctx: ChartContext) => {
  if (!label || typeof label !== 'object') return label;
  const l = label as { fontSize?: number };
  return { color: THEMES[ctx.theme].text, ...l, fontSize: fontSize(ctx, l.fontSize ?? 12) };
};

/** Panels stacked top to bottom, one grid and one value axis each, so units never share an axis. */
function stackPanels(panels: readonly Panel[], ctx: ChartContext, top: number) {
  const colors = THEMES[ctx.theme];
  const titleH = fontSize(ctx, 22);
  const grid: object[] = [];
  const xAxis: object[] = [];
  const yAxis: object[] = [];
  const title: object[] = [];
  const series: object[] = [];
  let y = top;
  panels.forEach((p, i) => {
    const horizontal = p.categoryAxis === 'y';
    title.push({
      text: p.title,
      top: y,
      left: 4,
      // A long English title is cut at the chart's edge rather than run off it.
      textStyle: {
        fontSize: fontSize(ctx, 13),
        fontWeight: 'bold',
        color: colors.text,
        width: ctx.width - 8,
        overflow: 'truncate',
      },
    });
    // Vertical panels leave room above the plot for the value axis name (the unit).
    const gridTop = y + titleH + (horizontal ? 4 : fontSize(ctx, 30));
    const plotHeight = Math.round(p.plotHeight * ctx.fontScale);
    // Horizontal bars keep room on the right for their value labels, as wide as the type.
    grid.push({
      top: gridTop,
      height: plotHeight,
      left: 8,
      right: horizontal ? fontSize(ctx, 120) : 24,
    });
    const category = {
      type: 'category',
      gridIndex: i,
      data: p.categories,
      inverse: horizontal,
      axisLabel: {
        color: colors.text,
        width: horizontal ? 170 : undefined,
        overflow: 'truncate',
        hideOverlap: !horizontal,
      },
      axisLine: { lineStyle: { color: colors.axis } },
    };
    const value = {
      type: 'value',
      gridIndex: i,
      name: unitName(p.unit, ctx.lang),
      nameTextStyle: { color: colors.muted },
      minInterval: p.unit === 'percent' ? undefined : 1,
      axisLabel: {
        color: colors.muted,
        formatter: (v: number) => formatNumber(v, ctx.lang, 1),
        hideOverlap: true,
      },
      splitLine: { lineStyle: { color: colors.grid } },
    };
    xAxis.push(horizontal ? value : category);
    yAxis.push(horizontal ? category : value);
    for (const s of p.series)
      series.push({ ...s, label: themedLabel(s.label, ctx), xAxisIndex: i, yAxisIndex: i });
    y = gridTop + plotHeight + fontSize(ctx, horizontal ? 30 : 40);
  });
  return { parts: { title, grid, xAxis, yAxis, series }, height: y };
}

/**
 * The band a top legend takes, scaled with the type like its text, so a wall's larger legend
 * does not run into the plot below it.
 */
export const legendHeight = (ctx: ChartContext): number => fontSize(ctx, 32);
/** A legend across the top, for charts whose series are told apart by name. */
export const topLegend = (ctx: ChartContext) => ({
  type: 'scroll',
  top: 0,
  left: 4,
  right: 4,
  itemWidth: fontSize(ctx, 25),
  itemHeight: fontSize(ctx, 14),
  pageIconSize: fontSize(ctx, 15),
  textStyle: { color: THEMES[ctx.theme].text, fontSize: fontSize(ctx, 12) },
  pageTextStyle: { color: THEMES[ctx.theme].text, fontSize: fontSize(ctx, 12) },
});

/** Tooltip merged onto the base one, so confine and font stay. */
export const itemTooltip = (base: Record<string, unknown>, formatter: (p: unknown) => string) => ({
  ...(base.tooltip as object),
  trigger: 'item',
  formatter,
});

/** A region without this chart's figures: no option, so the view says "no data", never zero. */
export const noDataChart = (title: string, description: string): BuiltChart => ({
  title,
  option: null,
  table: { columns: [], rows: [] },
  sourceFiles: [],
  flags: [],
  maps: [],
  height: 0,
  description,
});

/** A drawn chart credits exactly the files and flags of the rows it draws. */
export const sourcedChart = (
  chart: Pick<BuiltChart, 'title' | 'option' | 'table' | 'height' | 'description'>,
  rows: readonly Sourced[],
  lang: Lang,
): BuiltChart => ({
  title: chart.title,
  option: chart.option,
  table: chart.table,
  sourceFiles: sourceFilesOf(rows),
  flags: flagsOf(rows, lang),
  maps: [],
  height: chart.height,
  description: chart.description,
});

/** What one stacked-panel chart adds to the common parts. */
export interface PanelChart<T extends ChartRow> {
  panels: readonly Panel[];
  /** Every drawn row, in table order. */
  drawn: readonly T[];
  /** For charts whose series are told apart by name. */
  legend: boolean;
  /** The chart's own table column, placed before the common ones, with its cell for a row. */
  column: TableColumn & { cell: (row: T) => Cell };
  /** Tooltip lines after the row's label. */
  tooltipExtra?: (row: T) => string[];
}

/** Panels, tooltip and table of a chart that draws sourced rows, one number per drawn row. */
export function panelChart<T extends ChartRow>(
  ctx: ChartContext,
  title: string,
  description: string,
  c: PanelChart<T>,
): BuiltChart {
  const { lang } = ctx;
  const base = baseOption(ctx, description);
  const { parts, height } = stackPanels(c.panels, ctx, c.legend ? legendHeight(ctx) : 0);
  const { cell, ...column } = c.column;
  return sourcedChart(
    {
      title,
      option: {
        ...base,
        ...parts,
        ...(c.legend ? { legend: topLegend(ctx) } : {}),
        tooltip: itemTooltip(
          base,
          rowTooltip(new Map(c.drawn.map((r) => [r.id, r])), lang, c.tooltipExtra),
        ),
      },
      table: {
        columns: rowColumns(lang, c.drawn, [column]),
        rows: c.drawn.map((r) => rowCells(r, lang, { [column.key]: cell(r) })),
      },
      height,
      description,
    },
    c.drawn,
    lang,
  );
}
