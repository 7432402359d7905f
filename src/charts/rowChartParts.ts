import type { Measured, Period, Sourced, Unit } from '../data/types';
import { formatNumber, formatPeriod, formatValue, unitLabel, type Lang } from '../i18n/format';
import { FLAG_LABELS, onNumber } from '../i18n/labels';
import { labelOf, noteText, pick } from '../i18n/pick';
import type { DashboardModel } from '../model/dashboardModel';
import { axisLabel, baseOption, fontSize } from './baseOption';
import {
  flagsOf,
  sourceFilesOf,
  type BuiltChart,
  type Cell,
  type ChartContext,
  type TableColumn,
} from './chartTypes';
import { tooltipLines } from './escapeHtml';
import { labelsInside } from './labelsInside';
import { legendRows } from './legendLayout';
import { fitPlots, pageRows, type PlotSize, type RowBlock, type RowWindow } from './paging';
import { isNarrow, textWidth, wrappedLines } from './textFit';
import { FONT_FAMILY, THEMES } from './theme';

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

const itemLabel = (p: unknown): string => itemOf(p)?.text ?? '';

/** A series' labels: each bar or point says its item's text, beside the bar or over the point. */
export const itemLabels = (position: 'right' | 'top', px?: number) => ({
  show: true,
  position,
  formatter: itemLabel,
  ...(px ? { fontSize: px } : {}),
});

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

/** Bar items of a series, skipping the gaps (null) between them. */
const itemsOf = (series: Record<string, unknown>): BarItem[] =>
  (Array.isArray(series.data) ? series.data : []).filter(
    (d): d is BarItem => typeof d === 'object' && d !== null && 'rowId' in d,
  );

/** A series' item at category k, or nothing where the series has a gap. */
const itemAt = (series: Record<string, unknown>, k: number): BarItem | undefined =>
  itemsOf({ data: [(Array.isArray(series.data) ? series.data : [])[k]] })[0];

/** The one row of a panel that draws a single number: that panel is a figure, not a chart. */
const figureRow = (p: Panel, rowOf: (id: string) => ChartRow | undefined): ChartRow | undefined => {
  const items = p.series.flatMap(itemsOf);
  return items.length === 1 ? rowOf(items[0]!.rowId) : undefined;
};

/** The least a vertical panel's plot is squeezed to on a wall, in lines of its axis labels. */
const MIN_PLOT_LINES = 5;

/** Text boxes of a panel drawn as one figure, or as the wrapped title above a plot. */
export interface TextLine {
  text: string;
  px: number;
  fill: string;
  bold?: boolean;
  /** On a figure's number: the item it draws, so what is drawn can be checked against the table. */
  info?: BarItem;
}

/**
 * Lines stacked from `top`, `left` px in, each broken to `width`: the graphic children and the
 * height used.
 */
export function textBlock(
  lines: readonly TextLine[],
  ctx: ChartContext,
  top: number,
  width: number,
  left = 4,
) {
  const children: object[] = [];
  let y = top;
  for (const l of lines) {
    const size = fontSize(ctx, l.px);
    const lineHeight = Math.round(size * 1.35);
    children.push({
      // Placed by left/top like other components, so exports that move a legend move these too.
      type: 'text',
      ...(l.info ? { info: l.info } : {}),
      left,
      top: y,
      silent: true,
      style: {
        text: l.text,
        width,
        overflow: 'break',
        lineHeight,
        fill: l.fill,
        fontSize: size,
        fontWeight: l.bold ? 'bold' : 'normal',
        fontFamily: FONT_FAMILY,
        verticalAlign: 'top',
      },
    });
    y += wrappedLines(l.text, size, width) * lineHeight;
  }
  return { children, bottom: y };
}

/**
 * Panels stacked top to bottom, one grid and one value axis each, so units never share an axis.
 * A panel holding a single number is no chart at all: it is drawn as a figure, the number large
 * with its period, label and source quote, as one bar on an axis of its own says nothing more.
 * Titles and category names wrap instead of being cut; on a phone a horizontal panel's values
 * join their category's name, so the bars get the width the value labels would have taken.
 * `plots` sets a panel's plot height (a wall's box shares out its height), `windows` the rows
 * a page shows of each panel.
 */
function stackPanels(
  panels: readonly Panel[],
  ctx: ChartContext,
  top: number,
  rowOf: (id: string) => ChartRow | undefined,
  {
    windows = [],
    plots: heights = [],
  }: {
    windows?: ReadonlyArray<RowWindow | undefined>;
    plots?: ReadonlyArray<number | undefined>;
  } = {},
) {
  const colors = THEMES[ctx.theme];
  const { lang } = ctx;
  const textWidthAvail = Math.max(120, ctx.width - 12);
  const grid: object[] = [];
  const xAxis: object[] = [];
  const yAxis: object[] = [];
  const graphic: object[] = [];
  const series: object[] = [];
  // Each panel's size as a page would cut it: a figure whole, a horizontal panel between rows.
  const sizes: RowBlock[] = [];
  // Each panel's plot: the height it asks for and the least it reads at (a figure has none).
  const plots: PlotSize[] = [];
  const labelPx = fontSize(ctx, 12);
  const lineHeight = Math.round(labelPx * 1.3);
  let y = top;
  for (const [k, p] of panels.entries()) {
    const panelTop = y;
    const items = p.series.flatMap(itemsOf);
    const only = figureRow(p, rowOf);
    const title: TextLine = { text: p.title, px: 13, fill: colors.text, bold: true };
    if (only) {
      const figure = textBlock(
        [
          title,
          { text: items[0]!.text, px: 32, fill: colors.text, bold: true, info: items[0] },
          {
            text: `${formatPeriod(only.period, lang)} · ${measureLabel(only.measure, lang)} · ${labelOf(only, lang)}`,
            px: 13,
            fill: colors.text,
          },
          {
            text: pick(lang, `来源原文：「${only.sourceQuote}」`, `Source: “${only.sourceQuote}”`),
            px: 12,
            fill: colors.muted,
          },
        ],
        ctx,
        y,
        textWidthAvail,
      );
      graphic.push(...figure.children);
      y = figure.bottom + fontSize(ctx, 24);
      sizes.push({ fixed: y - panelTop, rows: 0, pitch: 0 });
      plots.push({ preferred: 0, min: 0 });
      continue;
    }
    const heading = textBlock([title], ctx, y, textWidthAvail);
    graphic.push(...heading.children);
    const i = grid.length;
    const horizontal = p.categoryAxis === 'y';
    const joined = horizontal && isNarrow(ctx);
    // On a phone each category's name is followed by its values, one line per series.
    const categories = joined
      ? p.categories.map((c, k) =>
          [
            c,
            ...p.series.flatMap((s) => {
              const item = itemAt(s, k);
              if (!item) return [];
              return p.series.length > 1 ? [`${String(s.name)} ${item.text}`] : [item.text];
            }),
          ].join('\n'),
        )
      : p.categories;
    const valuePx = (s: Record<string, unknown>) =>
      fontSize(ctx, (s.label as { fontSize?: number } | undefined)?.fontSize ?? 12);
    const unit = unitName(p.unit, lang);
    // A vertical panel's first and last labels are centred on their bar or point and may be
    // wider than its slot: the margin takes what would pass the chart's edge. The slot is
    // estimated from the width less margins and value-axis labels (at least 20 px left of the
    // first slot), shared by the series' bars side by side.
    const slot = (ctx.width - 72) / Math.max(1, p.categories.length * p.series.length);
    const edge = (k: number) =>
      Math.ceil(
        Math.max(
          0,
          ...p.series.map((s) => {
            const item = itemAt(s, k);
            return item ? textWidth(item.text, valuePx(s)) : 0;
          }),
        ) /
          2 -
          slot / 2,
      ) + 6;
    // Room right of the bars for the longest value label, and for the unit at the axis end.
    const right = joined
      ? Math.ceil(textWidth(unit, labelPx) / 2) + 8
      : horizontal
        ? Math.ceil(
            Math.max(
              textWidth(unit, labelPx) + 8,
              ...p.series.flatMap((s) => itemsOf(s).map((it) => textWidth(it.text, valuePx(s)))),
            ) + 12,
          )
        : Math.max(24, edge(p.categories.length - 1));
    const labelWidth = joined
      ? Math.round((ctx.width - right) * 0.5)
      : Math.round(170 * ctx.fontScale);
    const lines = horizontal
      ? Math.max(1, ...categories.map((c) => wrappedLines(c, labelPx, labelWidth)))
      : 1;
    // A row holds its name, and its bars side by side with a value label each: ECharts gives a
    // bar about 0.8 / (1.3 n - 0.3) of the row, and their labels must not run into each other.
    const bars = joined ? 1 : p.series.length;
    const labelled = Math.ceil(Math.max(...p.series.map(valuePx)) * (1.3 * bars - 0.3)) + 6;
    const band = Math.max(lines * lineHeight + 10, bars > 1 ? labelled : 0);
    // A horizontal panel's rows keep room for their names; a vertical plot for a few labels.
    const least = horizontal ? p.categories.length * band : MIN_PLOT_LINES * lineHeight;
    const preferred = Math.max(Math.round(p.plotHeight * ctx.fontScale), horizontal ? least : 0);
    plots.push({ preferred, min: Math.min(least, preferred) });
    // A height given is kept, down to two lines: a plot squeezed beats a plot cut off.
    const plotHeight = Math.max(2 * lineHeight, Math.round(heights[k] ?? preferred));
    // Vertical panels leave room above the plot for the value axis name (the unit).
    const gridTop = heading.bottom + (horizontal ? 8 : fontSize(ctx, 26));
    const left = horizontal ? 8 : Math.max(8, edge(0) - 20);
    // A page shows a window of a horizontal panel's rows: the value axis keeps its scale.
    const rows = horizontal ? p.categories.length : 1;
    const pitch = plotHeight / rows;
    const shown = horizontal ? windows[k] : undefined;
    const window = shown ? { min: shown.start, max: shown.start + shown.count - 1 } : {};
    const drawnHeight = shown ? shown.count * pitch : plotHeight;
    grid.push({ top: gridTop, height: drawnHeight, left, right });
    const category = {
      type: 'category',
      gridIndex: i,
      data: categories,
      ...window,
      inverse: horizontal,
      axisLabel: axisLabel(ctx, {
        color: colors.text,
        width: horizontal ? labelWidth : undefined,
        overflow: horizontal ? 'break' : 'truncate',
        lineHeight,
        hideOverlap: !horizontal,
      }),
      axisLine: { lineStyle: { color: colors.axis } },
    };
    const value = {
      type: 'value',
      gridIndex: i,
      name: unit,
      nameTextStyle: { color: colors.muted },
      minInterval: p.unit === 'percent' ? undefined : 1,
      // A wall's plot fitted to its box may be short: as many ticks as its labels have room for.
      ...(ctx.medium === 'wall' && !horizontal
        ? { splitNumber: Math.max(2, Math.floor(plotHeight / (2.5 * lineHeight))) }
        : {}),
      axisLabel: axisLabel(ctx, {
        color: colors.muted,
        formatter: (v: number) => formatNumber(v, lang, 1),
        hideOverlap: true,
      }),
      splitLine: { lineStyle: { color: colors.grid } },
      // Headroom over the tallest bar or point, so its label stays below the unit at the top.
      boundaryGap: horizontal ? undefined : [0, '15%'],
      ...(shown ? { max: Math.max(...p.series.flatMap(itemsOf).map((it) => it.value)) } : {}),
    };
    xAxis.push(horizontal ? value : category);
    yAxis.push(horizontal ? category : value);
    // ECharts draws the bars and labels of rows outside a page's window at its edge, over the
    // rows shown: a page leaves them out, and its value axis ends where the whole panel's does.
    const inWindow = (data: unknown) =>
      Array.isArray(data)
        ? data.map((d, k) =>
            shown && k >= shown.start && k < shown.start + shown.count ? d : null,
          )
        : data;
    for (const s of p.series) {
      const label = themedLabel(s.label, ctx);
      series.push({
        ...s,
        ...(shown ? { data: inWindow(s.data) } : {}),
        label: joined && label && typeof label === 'object' ? { ...label, show: false } : label,
        ...(horizontal ? {} : { labelLayout: { hideOverlap: true } }),
        xAxisIndex: i,
        yAxisIndex: i,
      });
    }
    const bottom = fontSize(ctx, horizontal ? 30 : 40);
    y = gridTop + drawnHeight + bottom;
    sizes.push({ fixed: gridTop - panelTop + bottom, rows, pitch });
  }
  return {
    parts: { grid, xAxis, yAxis, series: labelsInside(series, ctx), graphic },
    height: y,
    sizes,
    plots,
  };
}

/**
 * A legend across the top showing every entry, in as many rows as they need at ctx.width: a
 * paging legend ("1/9") hides most names from a reader on a phone, in print or in an embed.
 */
export function rowLegend(ctx: ChartContext, names: readonly string[]) {
  const data = [...new Set(names)];
  const size = fontSize(ctx, 12);
  const textStyle = { color: THEMES[ctx.theme].text, fontSize: size };
  // Symbols grow with the type, so a wall's legend keys are not specks beside their names.
  const itemWidth = fontSize(ctx, 25);
  const legend = {
    type: 'plain',
    top: 0,
    left: 4,
    right: 4,
    itemWidth,
    itemHeight: fontSize(ctx, 14),
    data,
    textStyle,
  };
  const { rows, pitch, lineHeight } = legendRows({ series: [] }, legend, ctx.width);
  // The legend's symbol, its gap to the text, the legend's padding and the 4 px either side.
  const room = ctx.width - 8 - 10 - itemWidth - 5;
  if (data.every((n) => textWidth(n, size) <= room))
    return { legend, height: Math.max(legendHeight(ctx), rows.length * pitch + 8) };
  // A name wider than the chart: one entry a line, long names broken, never cut or paged.
  const lines = data.map((n) => wrappedLines(n, size, room));
  return {
    legend: {
      ...legend,
      orient: 'vertical',
      itemGap: 6,
      textStyle: { ...textStyle, width: room, overflow: 'break', lineHeight },
    },
    height: lines.reduce((h, n) => h + Math.max(14, n * lineHeight) + 6, 10),
  };
}

/**
 * The band a top legend takes, scaled with the type like its text, so a wall's larger legend
 * does not run into the plot below it.
 */
const legendHeight = (ctx: ChartContext): number => fontSize(ctx, 32);

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
  chart: Pick<BuiltChart, 'title' | 'option' | 'table' | 'height' | 'pages' | 'description'>,
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
  ...(chart.pages ? { pages: chart.pages } : {}),
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
  const rows = new Map(c.drawn.map((r) => [r.id, r]));
  const rowOf = (id: string) => rows.get(id);
  const names = c.panels
    .filter((p) => !figureRow(p, rowOf))
    .flatMap((p) => p.series.map((s) => String(s.name)));
  const legend = c.legend ? rowLegend(ctx, names) : null;
  const header = legend?.height ?? 0;
  const asked = stackPanels(c.panels, ctx, header, rowOf);
  // A wall's box shares its height out among the plots: shrunk, none under its least, before
  // anything pages, or grown to fill it. A file draws them at the height they ask for.
  const plots =
    ctx.medium === 'wall' && ctx.height !== null
      ? fitPlots(
          asked.plots,
          ctx.height - asked.height + asked.plots.reduce((h, p) => h + p.preferred, 0),
        )
      : asked.plots.map((p) => p.preferred);
  const whole =
    ctx.medium === 'wall' ? stackPanels(c.panels, ctx, header, rowOf, { plots }) : asked;
  // A box still too short pages the panels: whole plots, a horizontal panel cut between its rows,
  // the legend heading every page. The scrolling page draws them all.
  const pages =
    ctx.medium !== 'screen' && ctx.height !== null && whole.height > ctx.height
      ? pageRows(whole.sizes, header, ctx.height)
      : null;
  const page = pages?.[Math.min(ctx.page ?? 0, pages.length - 1)];
  const drawPage = (window: readonly RowWindow[], heights: readonly number[]) =>
    stackPanels(
      window.map((w) => c.panels[w.block]!),
      ctx,
      header,
      rowOf,
      { windows: window, plots: heights },
    );
  let drawn = page
    ? drawPage(
        page,
        page.map((w) => plots[w.block]!),
      )
    : whole;
  if (page && ctx.medium === 'wall') {
    // A wall's page shares its box out again: its rows keep their height on every page, its
    // vertical plots take what they leave (squeezed rather than cut when that is under their least).
    const vertical = (w: RowWindow) => c.panels[w.block]!.categoryAxis === 'x';
    const drawnPlot = (w: RowWindow, k: number) => drawn.sizes[k]!.pitch * w.count;
    const plotted = page.reduce((h, w, k) => h + drawnPlot(w, k), 0);
    const rows = page.reduce((h, w, k) => h + (vertical(w) ? 0 : drawnPlot(w, k)), 0);
    const room = Math.max(0, ctx.height! - (drawn.height - plotted) - rows);
    const own = page.filter(vertical).map((w) => asked.plots[w.block]!);
    const least = own.reduce((h, p) => h + p.min, 0);
    const fitted =
      room >= least ? fitPlots(own, room) : own.map((p) => (p.min * room) / Math.max(1, least));
    let next = 0;
    drawn = drawPage(
      page,
      page.map((w) => (vertical(w) ? fitted[next++]! : plots[w.block]!)),
    );
  }
  const { parts, height } = drawn;
  const { cell, ...column } = c.column;
  return sourcedChart(
    {
      title,
      option: {
        ...base,
        ...parts,
        ...(legend ? { legend: legend.legend } : {}),
        tooltip: itemTooltip(base, rowTooltip(rows, lang, c.tooltipExtra)),
      },
      table: {
        columns: rowColumns(lang, c.drawn, [column]),
        rows: c.drawn.map((r) => rowCells(r, lang, { [column.key]: cell(r) })),
      },
      height,
      ...(pages ? { pages: pages.length } : {}),
      description,
    },
    c.drawn,
    lang,
  );
}
