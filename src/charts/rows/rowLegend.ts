import { fontSize } from '../baseOption';
import type { ChartContext } from '../chartTypes';
import { legendRows } from '../legendLayout';
import { textWidth, wrappedLines } from '../textFit';
import { THEMES } from '../theme';

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
