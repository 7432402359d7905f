/**
 * Chart heights in an embed. Builders size their charts for ctx.width (stacked panels grow
 * with rows), so the height is trusted within bounds: never so flat that axes overlap, never
 * taller than a host page will accept.
 */
export const MIN_CHART_HEIGHT = 120;
export const MAX_CHART_HEIGHT = 3600;

/** Title, source line, flag summary and padding around the chart, at a typical width. */
export const EMBED_CHROME_HEIGHT = 130;

export const embedChartHeight = (built: number): number =>
  Math.round(Math.min(MAX_CHART_HEIGHT, Math.max(MIN_CHART_HEIGHT, built)));

/** The iframe's `height` attribute: right for hosts that strip the resizing script. */
export const fallbackFrameHeight = (built: number): number =>
  embedChartHeight(built) + EMBED_CHROME_HEIGHT;
