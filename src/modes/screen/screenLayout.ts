/** The canvas the proportions were drawn for, on its side for a portrait screen. Nothing is scaled to it. */
const DESIGN = { long: 1920, short: 1080 };
/** Type on a wall is read from metres away: a quarter larger than on a desk at the design size. */
const ROOM = 1.25;
const BASE_FONT_PX = 16;
/** ECharts sets its text from a 12px base, the page from 16px: lift chart text to match. */
const CHART_TEXT = 1.3;
/** The smallest chart text at the design size, read from across a room; it scales with the screen. */
const MIN_CHART_PX = 18;

export interface ScreenLayout {
  /** Root font size: every rem in the screen's CSS follows it. */
  rootPx: number;
  /** Passed to ChartContext so ECharts text grows with the page text. */
  chartFontScale: number;
  /** No chart text is drawn smaller: not a crowded chart shrunk to fit, not a builder's small print. */
  minChartPx: number;
  /** One large panel in the first column, two in each further column; three stacked on a portrait screen. */
  maxPanels: number;
  portrait: boolean;
}

/**
 * Re-layout for the real viewport rather than scaling a fixed canvas: type grows with the
 * smaller of the two ratios to the design size, and extra width becomes extra columns, so an
 * ultra-wide wall shows more panels instead of stretched ones.
 */
export function screenLayout(width: number, height: number): ScreenLayout {
  const aspect = width / Math.max(1, height);
  const portrait = aspect < 1;
  const [w, h] = portrait ? [DESIGN.short, DESIGN.long] : [DESIGN.long, DESIGN.short];
  const size = Math.min(width / w, height / h);
  const fontScale = Math.max(0.5, size * ROOM);
  // 16:9 → 2 columns, 21:9 → 3, 32:9 → 4, three 16:9 screens side by side → 5.
  const columns = portrait ? 1 : Math.min(5, Math.max(2, Math.round((aspect * 9) / 8)));
  return {
    rootPx: Math.round(BASE_FONT_PX * fontScale * 100) / 100,
    chartFontScale: fontScale * CHART_TEXT,
    minChartPx: Math.round(MIN_CHART_PX * size * 10) / 10,
    maxPanels: portrait ? 3 : 1 + (columns - 1) * 2,
    portrait,
  };
}
