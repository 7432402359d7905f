import { FONT_FAMILY, PALETTE, THEMES } from './theme';
import type { ChartContext } from './chartTypes';

/** ECharts' base text size: what a chart's `fontScale` multiplies, and the size of axis labels. */
export const BASE_FONT_PX = 12;

/** Options every chart shares: fonts, palette, aria and decal, animation, text colour. */
export function baseOption(ctx: ChartContext, description: string): Record<string, unknown> {
  const colors = THEMES[ctx.theme];
  return {
    backgroundColor: 'transparent',
    color: PALETTE,
    animation: ctx.animation,
    textStyle: {
      fontFamily: FONT_FAMILY,
      color: colors.text,
      fontSize: fontSize(ctx, BASE_FONT_PX),
    },
    aria: { enabled: true, label: { description }, decal: { show: ctx.decal } },
    tooltip: { confine: true, textStyle: { fontFamily: FONT_FAMILY } },
  };
}

/** A builder's text size `px` on this medium: scaled with the type, never under its floor. */
export const fontSize = (ctx: ChartContext, px: number): number =>
  Math.max(ctx.minFontPx ?? 0, Math.round(px * ctx.fontScale));

/** An axis' labels at the chart's type size: ECharts would draw them at 12 px on any medium. */
export const axisLabel = (ctx: ChartContext, style: Record<string, unknown>) => ({
  ...style,
  fontSize: fontSize(ctx, BASE_FONT_PX),
});
