import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { regionTargets, targetSources, type TargetProgress } from '../../model/targets';
import { axisLabel, baseOption, fontSize } from '../baseOption';
import type { BuiltChart, ChartContext } from '../chartTypes';
import { labelsInside } from '../labelsInside';
import { pageRows } from '../paging';
import { noDataChart, sourcedChart } from '../builtChart';
import { itemTooltip } from '../rows/rowTable';
import { chartNames } from '../rows/rowText';
import { brokenText, isNarrow, wrappedLines } from '../textFit';
import { THEMES, type ThemeColors } from '../theme';
import { LIST_SERIES, targetsList, type Block, type BlockLayout, type Rows } from './targetsList';
import {
  describeTargets,
  judgedOnText,
  progressLine,
  STATUS,
  targetColumns,
  targetName,
  targetRow,
  tooltipFor,
} from './targetsText';

export const title = (lang: Lang) => pick(lang, '目标完成情况', 'Progress against targets');

/** Space under the last block, px. */
const FOOT = 8;

/** Bars stop here so one 500% target does not squash the rest; the label keeps the real number. */
export const PERCENT_CAP = 120;

const statusColor = (t: TargetProgress, c: ThemeColors): string =>
  ({ met: c.good, in_progress: c.actual, missed: c.bad, no_data: c.noData })[t.status];

/** One bar per target with progress figures, its percent complete against a 100% line. */
function targetBars(
  all: readonly TargetProgress[],
  ctx: ChartContext,
  l: BlockLayout,
  rows: Rows = { start: 0, count: all.length },
): Block {
  const { lang, colors, px, lineHeight } = l;
  // On a phone a label column would leave the bars no room: the name moves above its bar and
  // the progress line below it, both as wide as the plot allows.
  const narrow = isNarrow(ctx);
  const labelWidth = narrow ? 0 : Math.round(Math.min(220, Math.max(72, ctx.width * 0.28)));
  // Text wraps short of the target line, which would otherwise run through it. A phone's plot
  // edges are set outright, so there the line's place is known; ECharts shrinks the wide plot
  // to fit its axis labels, so there the estimate keeps a wider margin.
  const plotWidth = narrow ? ctx.width - 44 : Math.max(120, ctx.width - labelWidth - 48);
  const textRoom = Math.round((plotWidth * 100) / PERCENT_CAP) - (narrow ? 8 : 16);
  // Rows are as tall as the tallest among all the targets, on whichever page they are drawn.
  const names = all.map((t) => targetName(t, lang));
  const progress = all.map((t) => progressLine(t, l.on, lang));
  const linesOf = (texts: readonly string[]) =>
    Math.max(...texts.map((t) => wrappedLines(t, px, textRoom)));
  const textLines = Math.max(linesOf(narrow ? names : progress), narrow ? linesOf(progress) : 0);
  const shown = <T>(list: readonly T[]) => list.slice(rows.start, rows.start + rows.count);
  const targets = shown(all);
  const above = shown(narrow ? names : progress);
  const below = narrow ? shown(progress) : null;
  const barWidth = Math.round(12 * ctx.fontScale);
  // ECharts centres a bar in its row, so the row leaves the text's height on both sides of it.
  const rowHeight = barWidth + 2 * (textLines * lineHeight + 6);
  // Room above the rows for the target line's label.
  const top = l.top + lineHeight + 4;
  const plotHeight = targets.length * rowHeight;
  const axisRoom = 24;
  const at = { xAxisIndex: l.gridIndex, yAxisIndex: l.gridIndex };
  const text = (
    texts: readonly string[],
    position: [number, number],
    verticalAlign: 'top' | 'bottom',
  ) => ({
    show: true,
    position,
    align: 'left',
    verticalAlign,
    color: colors.text,
    width: textRoom,
    lineHeight,
    overflow: 'break',
    formatter: (p: { dataIndex: number }) => brokenText(texts[p.dataIndex] ?? '', px, textRoom),
  });
  const band = {
    ...at,
    type: 'bar',
    barWidth,
    barGap: '-100%',
    emphasis: { disabled: true },
    data: targets.map(() => PERCENT_CAP),
  };
  return {
    title: [],
    // The wide plot's outer bounds include its axis labels, so they come out of its height.
    grid: narrow
      ? { left: 16, right: 28, top, height: plotHeight, outerBoundsMode: 'none' }
      : {
          left: 8,
          right: 28,
          top,
          height: plotHeight + axisRoom,
          outerBoundsMode: 'same',
          outerBoundsContain: 'axisLabel',
        },
    xAxis: {
      type: 'value',
      gridIndex: l.gridIndex,
      min: 0,
      max: PERCENT_CAP,
      interval: narrow ? 40 : 20,
      axisLabel: axisLabel(ctx, { formatter: '{value}%', color: colors.muted }),
      splitLine: { lineStyle: { color: colors.grid } },
    },
    yAxis: {
      type: 'category',
      gridIndex: l.gridIndex,
      inverse: true,
      data: shown(names),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: colors.axis } },
      axisLabel: axisLabel(ctx, {
        show: !narrow,
        color: colors.text,
        width: labelWidth,
        height: rowHeight - 4,
        lineHeight,
        overflow: 'break',
        lineOverflow: 'truncate',
      }),
    },
    series: [
      {
        // The track: a full-width band per row that carries the text.
        ...band,
        name: pick(lang, '目标', 'Target'),
        itemStyle: { color: colors.grid },
        label: text(above, [0, -4], 'bottom'),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: colors.target, type: 'dashed', width: 2 },
          // The y axis is inverted, so the line starts at the top, where the grid leaves room.
          label: {
            formatter: pick(lang, '目标 100%', 'Target 100%'),
            color: colors.text,
            position: 'start',
          },
          data: [{ xAxis: 100 }],
        },
      },
      ...(below
        ? [
            {
              ...band,
              name: 'below',
              silent: true,
              itemStyle: { color: 'transparent' },
              label: text(below, [0, barWidth + 4], 'top'),
            },
          ]
        : []),
      {
        ...at,
        type: 'bar',
        name: pick(lang, '完成比例', 'Percent complete'),
        barWidth,
        barGap: '-100%',
        data: targets.map((t) =>
          t.percent === null
            ? '-'
            : {
                value: Math.min(PERCENT_CAP, Math.max(0, t.percent)),
                itemStyle: {
                  color: statusColor(t, colors),
                  ...(STATUS[t.status].decal ? { decal: STATUS[t.status].decal } : {}),
                },
              },
        ),
      },
    ],
    height: top - l.top + plotHeight + axisRoom + 12,
    pitch: rowHeight,
  };
}

export function buildTargets(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const on = model.asOf;
  const { name, title: builtTitle } = chartNames(model, ctx, title(lang));
  const targets = regionTargets(model, ctx.region);
  if (targets.length === 0)
    return noDataChart(
      builtTitle,
      pick(lang, `${name}的来源没有给出目标。`, `The sources give no targets for ${name}.`),
    );

  // Only a figure makes a bar: the rest are listed under the bars, in the same deadline order.
  const drawn = targets.filter((t) => t.actual !== null);
  const listed = targets.filter((t) => t.actual === null);
  const colors = THEMES[ctx.theme];
  const px = fontSize(ctx, 12);
  const lineHeight = Math.round(px * 1.4);
  const note = judgedOnText(on, lang);
  const noteWidth = ctx.width - 8;
  // The note on when targets are judged heads every page.
  const header = wrappedLines(note, px, noteWidth) * lineHeight + 8;
  const layout = (gridIndex: number, top: number): BlockLayout => ({
    gridIndex,
    top,
    width: ctx.width,
    px,
    lineHeight,
    colors,
    on,
    lang,
  });
  const tips = (list: readonly TargetProgress[]) =>
    list.map((t) => tooltipFor(t, on, lang, model.manifest));
  // Bars, then the list; a page draws a window of either's rows, laid out as among all of them.
  const parts = (
    [
      ['bars', drawn, (l: BlockLayout, r?: Rows) => targetBars(drawn, ctx, l, r)],
      ['list', listed, (l: BlockLayout, r?: Rows) => targetsList(listed, l, r)],
    ] as const
  )
    .filter(([, rows]) => rows.length > 0)
    .map(([kind, rows, make]) => {
      const whole = make(layout(0, 0));
      const size = { fixed: whole.height - rows.length * whole.pitch, rows: rows.length };
      return { kind, make, tips: tips(rows), size: { ...size, pitch: whole.pitch } };
    });
  // A box (a wall's panel, a report's slide) pages whole rows; the scrolling page draws them all.
  const pages =
    ctx.medium !== 'screen' && ctx.height !== null
      ? pageRows(
          parts.map((p) => p.size),
          header,
          ctx.height - FOOT,
        )
      : [parts.map((p, block) => ({ block, start: 0, count: p.size.rows }))];
  const page = pages[Math.min(ctx.page ?? 0, pages.length - 1)]!;
  let top = header;
  const blocks: Block[] = [];
  // The tooltips of the rows the page draws, the list's and the bars'.
  const tipsOf = { list: [] as string[], bars: [] as string[] };
  for (const w of page) {
    const part = parts[w.block]!;
    const block = part.make(layout(blocks.length, top), w);
    blocks.push(block);
    top += block.height;
    tipsOf[part.kind] = part.tips.slice(w.start, w.start + w.count);
  }
  const description = describeTargets(drawn, listed, name, on, lang);
  const base = baseOption(ctx, description);
  const shown = [...drawn, ...listed];

  return sourcedChart(
    {
      title: builtTitle,
      option: {
        ...base,
        title: [
          {
            text: note,
            top: 0,
            left: 4,
            textStyle: {
              fontSize: px,
              fontWeight: 'normal',
              color: colors.muted,
              width: noteWidth,
              overflow: 'break',
              lineHeight,
            },
          },
          ...blocks.flatMap((b) => b.title),
        ],
        tooltip: itemTooltip(base, (p) => {
          const { seriesName, dataIndex } = p as { seriesName: string; dataIndex: number };
          return (seriesName === LIST_SERIES ? tipsOf.list : tipsOf.bars)[dataIndex] ?? '';
        }),
        grid: blocks.map((b) => b.grid),
        xAxis: blocks.map((b) => b.xAxis),
        yAxis: blocks.map((b) => b.yAxis),
        series: labelsInside(
          blocks.flatMap((b) => b.series),
          ctx,
        ),
      },
      table: { columns: targetColumns(lang), rows: shown.map((t) => targetRow(t, lang)) },
      height: top + FOOT,
      pages: pages.length,
      description,
    },
    [...new Set(shown.flatMap(targetSources))],
    lang,
  );
}
