import { FONT_FAMILY, PALETTE, THEMES } from './theme';
import type { ChartContext } from './chartTypes';

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
      fontSize: Math.round(12 * ctx.fontScale),
    },
    aria: { enabled: true, label: { description }, decal: { show: ctx.decal } },
    tooltip: { confine: true, textStyle: { fontFamily: FONT_FAMILY } },
  };
}

export const fontSize = (ctx: ChartContext, px: number): number => Math.round(px * ctx.fontScale);
