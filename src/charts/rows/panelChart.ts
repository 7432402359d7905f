// The chart most builders are: sourced rows in stacked panels, with its table and tooltip.
import { baseOption } from '../baseOption';
import { sourcedChart } from '../builtChart';
import type { BuiltChart, Cell, ChartContext, TableColumn } from '../chartTypes';
import { fitPlots, pageRows, type RowWindow } from '../paging';
import { rowLegend } from './rowLegend';
import { itemTooltip, rowCells, rowColumns, rowTooltip } from './rowTable';
import type { ChartRow } from './rowText';
import { figureRow, stackPanels, type Panel } from './stackPanels';

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
  // Panels drawn as figures name their own series: no legend band above them.
  const legend = c.legend && names.length > 0 ? rowLegend(ctx, names) : null;
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
