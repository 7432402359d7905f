import type { DashboardModel } from '../model/dashboardModel';
import { BASE_FONT_PX } from './baseOption';
import type { BuiltChart, ChartContext, ChartDefinition } from './chartTypes';

/** A wall panel shows a chart taller than itself a page at a time; pages overlap by a tenth. */
const PAGE_STEP = 0.9;
const MAX_PAGES = 6;

/**
 * A chart in its box, shown a page at a time when it does not fit: the builder's own pages
 * (whole blocks each) where it pages itself, else a sheet taller than the box, moved up.
 */
export interface Sheet {
  /** Its first page. */
  built: BuiltChart;
  /** The chart page `page` shows: the builder's page, or the same sheet moved. */
  chart: (page: number) => BuiltChart;
  /** The height the chart is drawn at: the box's, or more for the box to page through. */
  height: number;
  pages: number;
  /** How far the sheet is moved up to show `page`: the last page ends flush with its bottom. */
  offset: (page: number) => number;
}

/** The pages of a sheet `height` px tall shown through a box `box` px tall. */
export function sheetPages(height: number, box: number): Pick<Sheet, 'pages' | 'offset'> {
  const overflow = Math.max(0, height - box);
  const step = Math.max(1, Math.round(box * PAGE_STEP));
  return {
    pages: overflow > 0 ? Math.min(MAX_PAGES, Math.ceil(overflow / step) + 1) : 1,
    offset: (page) => Math.min(page * step, overflow),
  };
}

/**
 * The chart built for the box in `ctx` (its width and height). One that stretches takes the
 * box's height. One that asks for more height is built again at smaller type and bars, never
 * under the medium's `minFontPx`, until it fits; what still does not fit is paged through.
 * A chart that pages itself in the box (`BuiltChart.pages`) is tried once with its text at the
 * floor, kept if that takes fewer pages, and shows its own pages, each drawn for the box.
 * Never scaled as an image, so text stays crisp. Without a box height the chart takes its own.
 */
export function chartInBox(def: ChartDefinition, model: DashboardModel, ctx: ChartContext): Sheet {
  let fit = ctx;
  let built = def.build(model, fit);
  const box = ctx.height ?? built.height;
  if (!def.stretches) {
    // Shrinks no further than keeps the base text at the floor: past that the box pages instead.
    const min = Math.min(ctx.fontScale, (ctx.minFontPx ?? 0) / BASE_FONT_PX);
    for (let i = 0; i < 4 && built.option && built.height > box && fit.fontScale > min; i++) {
      fit = { ...fit, fontScale: Math.max(min, fit.fontScale * (box / built.height) * 0.98) };
      built = def.build(model, fit);
    }
    if ((built.pages ?? 1) > 1 && fit.fontScale > min) {
      const small = def.build(model, { ...fit, fontScale: min });
      if ((small.pages ?? 1) < built.pages!) [fit, built] = [{ ...fit, fontScale: min }, small];
    }
  }
  const height = def.stretches ? box : Math.max(box, built.height);
  const pages = built.pages ?? 1;
  if (pages > 1) {
    const first = built;
    const drawn = fit;
    const chart = (page: number) => (page > 0 ? def.build(model, { ...drawn, page }) : first);
    return { built, chart, height, pages, offset: () => 0 };
  }
  return { built, chart: () => built, height, ...sheetPages(height, box) };
}
