import { partText } from '../../i18n/figureNotes';
import { formatPeriod, formatValue } from '../../i18n/format';
import { labelOf, pick } from '../../i18n/pick';
import type { ExitTimeline } from '../../model/exitTimeline';
import { baseOption, fontSize } from '../baseOption';
import type { ChartContext, ChartDrawing } from '../chartTypes';
import { textBlock, type TextLine } from '../rows/stackPanels';
import { THEMES } from '../theme';

/** Space around the figures, px. */
const MARGIN = 8;

/**
 * A region that reports its exits only as a count over the whole campaign (12.8万 villages,
 * 2013–2020) has no year to put a bar on: each count is shown as a figure with its period and
 * quote, and subdivisions' lists are named below as parts, never added in.
 */
export function exitSpanFigure(
  t: ExitTimeline,
  ctx: ChartContext,
  description: string,
): ChartDrawing {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const width = Math.max(120, ctx.width - 16);
  const children: object[] = [];
  let y = MARGIN;
  const add = (lines: readonly TextLine[]) => {
    const block = textBlock(lines, ctx, y, width, MARGIN);
    children.push(...block.children);
    y = block.bottom;
  };
  for (const { row } of t.spans) {
    add([
      {
        text: formatValue(row.value, 'villages', lang, row.qualifier, row.valueMax),
        px: 40,
        fill: colors.text,
        bold: true,
      },
      {
        text: `${formatPeriod(row.period, lang)} · ${labelOf(row, lang)}`,
        px: 14,
        fill: colors.text,
      },
      {
        text: pick(lang, `来源原文：「${row.sourceQuote}」`, `Source: “${row.sourceQuote}”`),
        px: 12,
        fill: colors.muted,
      },
    ]);
    y += fontSize(ctx, 16);
  }
  const part = t.undrawnParts ? partText(t.undrawnParts, lang) : null;
  if (part)
    add([
      {
        text: pick(
          lang,
          `下级出列名单（${part}）不计入上述数字，见下级地区页面。`,
          `Subdivision exit lists (${part}) are not part of these figures: see those regions.`,
        ),
        px: 12,
        fill: colors.muted,
      },
    ]);
  return {
    option: { ...baseOption(ctx, description), graphic: children },
    height: y + MARGIN,
  };
}
