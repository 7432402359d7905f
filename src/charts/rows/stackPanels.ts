// Panels stacked one per unit, so no value axis mixes units; a lone number is drawn as a figure.
import type { Unit } from '../../data/types';
import { formatNumber, formatPeriod } from '../../i18n/format';
import { labelOf, pick } from '../../i18n/pick';
import { axisLabel, fontSize } from '../baseOption';
import type { ChartContext } from '../chartTypes';
import { labelsInside } from '../labelsInside';
import type { PlotSize, RowBlock, RowWindow } from '../paging';
import { isNarrow, textWidth, wrappedLines } from '../textFit';
import { FONT_FAMILY, THEMES } from '../theme';
import { itemAt, itemsOf, themedLabel, type BarItem } from './rowItems';
import { measureLabel, unitName, type ChartRow } from './rowText';

export interface Panel {
  title: string;
  unit: Unit;
  categories: string[];
  /** 'y' lists categories down the side (horizontal bars); 'x' along the bottom. */
  categoryAxis: 'x' | 'y';
  series: Array<Record<string, unknown>>;
  plotHeight: number;
}

/** The one row of a panel that draws a single number: that panel is a figure, not a chart. */
export const figureRow = (
  p: Panel,
  rowOf: (id: string) => ChartRow | undefined,
): ChartRow | undefined => {
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
export function stackPanels(
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
