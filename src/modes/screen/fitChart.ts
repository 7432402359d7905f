import type { BuiltChart, ChartContext, ChartDefinition } from '../../charts/chartTypes';
import type { DashboardModel } from '../../model/dashboardModel';

/** ECharts' base text size, which the charts' `fontScale` multiplies. */
const BASE_PX = 12;

export interface FittedChart {
  built: BuiltChart;
  /** The type scale the chart was built at. */
  fontScale: number;
  /** The height the chart must be drawn at: the cell's, or more for the panel to page. */
  height: number;
}

/**
 * Builds a chart for a panel of fixed height. Charts that stack small multiples ask for more
 * height than a wall cell has: their type and bars shrink, down to `minPx` text, until they fit; what
 * still does not fit is paged by the panel. Never scaled as an image, so text stays crisp.
 */
export function fitChart(
  def: ChartDefinition,
  model: DashboardModel,
  ctx: ChartContext,
  height: number,
  minPx: number,
): FittedChart {
  // Shrinks no further than keeps the charts' base text at the wall's smallest: past that the
  // panel pages instead.
  const min = Math.min(ctx.fontScale, minPx / BASE_PX);
  let fit = ctx;
  let built = def.build(model, fit);
  // A chart that stretches is drawn at the cell's height, never shrunk or paged.
  if (def.stretches) return { built, fontScale: fit.fontScale, height };
  for (let i = 0; i < 4 && built.option && built.height > height && fit.fontScale > min; i++) {
    fit = { ...fit, fontScale: Math.max(min, fit.fontScale * (height / built.height) * 0.98) };
    built = def.build(model, fit);
  }
  return { built, fontScale: fit.fontScale, height: Math.max(height, built.height) };
}
