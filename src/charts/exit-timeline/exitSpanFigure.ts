import { partText } from '../../i18n/figureNotes';
import { formatPeriod, formatValue } from '../../i18n/format';
import { labelOf, pick } from '../../i18n/pick';
import type { ExitTimeline } from '../../model/exitTimeline';
import { baseOption, fontSize } from '../baseOption';
import type { ChartContext } from '../chartTypes';
import { wrappedLines } from '../textFit';
import { FONT_FAMILY, THEMES } from '../theme';

/**
 * A region that reports its exits only as a count over the whole campaign (12.8万 villages,
 * 2013–2020) has no year to put a bar on: each count is shown as a figure with its period and
 * quote, and subdivisions' lists are named below as parts, never added in.
 */
export function exitSpanFigure(
  t: ExitTimeline,
  ctx: ChartContext,
  description: string,
): { option: Record<string, unknown>; height: number } {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const width = Math.max(120, ctx.width - 16);
  const children: Array<Record<string, unknown>> = [];
  let y = 0;
  const line = (text: string, px: number, fill: string, weight = 'normal') => {
    const size = fontSize(ctx, px);
    const lineHeight = Math.round(size * 1.35);
    children.push({
      type: 'text',
      x: 0,
      y,
      style: {
        text,
        width,
        overflow: 'break',
        lineHeight,
        fill,
        fontSize: size,
        fontWeight: weight,
        fontFamily: FONT_FAMILY,
        verticalAlign: 'top',
      },
    });
    y += wrappedLines(text, size, width) * lineHeight;
  };
  for (const { row } of t.spans) {
    line(
      formatValue(row.value, 'villages', lang, row.qualifier, row.valueMax),
      40,
      colors.text,
      'bold',
    );
    line(`${formatPeriod(row.period, lang)} · ${labelOf(row, lang)}`, 14, colors.text);
    line(
      pick(lang, `来源原文：「${row.sourceQuote}」`, `Source: “${row.sourceQuote}”`),
      12,
      colors.muted,
    );
    y += fontSize(ctx, 16);
  }
  const part = t.undrawnParts ? partText(t.undrawnParts, lang) : null;
  if (part)
    line(
      pick(
        lang,
        `下级出列名单（${part}）不计入上述数字，见下级地区页面。`,
        `Subdivision exit lists (${part}) are not part of these figures: see those regions.`,
      ),
      12,
      colors.muted,
    );
  return {
    option: {
      ...baseOption(ctx, description),
      graphic: [{ type: 'group', left: 8, top: 8, silent: true, children }],
    },
    height: y + 16,
  };
}
