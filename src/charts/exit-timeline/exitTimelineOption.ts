import type { Qualifier, Sourced } from '../../data/types';
import { formatPeriod, formatValue, type Lang } from '../../i18n/format';
import { FLAG_LABELS } from '../../i18n/labels';
import { labelOf, pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import {
  exitTimeline,
  type ExitDeadline,
  type ExitSeries,
  type ExitSource,
  type ExitTimeline,
  type ExitTotal,
} from '../../model/exitTimeline';
import { partText } from '../../i18n/figureNotes';
import { axisLabel, baseOption, fontSize } from '../baseOption';
import { exitSpanFigure } from './exitSpanFigure';
import {
  sourceFilesOf,
  type BuiltChart,
  type Cell,
  type ChartContext,
  type ChartTable,
  type ChartDrawing,
} from '../chartTypes';
import { tooltipLines } from '../escapeHtml';
import { labelsInside } from '../labelsInside';
import { isNarrow, wrappedLines } from '../textFit';
import { FONT_FAMILY, THEMES } from '../theme';
import { noDataChart, sourcedChart } from '../builtChart';
import { hollowStyle } from '../rows/rowItems';
import { rowLegend } from '../rows/rowLegend';
import { sourceColumns } from '../rows/rowTable';
import { chartNames } from '../rows/rowText';

export const title = (lang: Lang) => pick(lang, '贫困村出列进度', 'Poor-village exits by year');

type Kind = 'planned' | 'actual';

const NAMES: Record<Kind, [string, string]> = {
  planned: ['计划出列', 'Planned exits'],
  actual: ['实际出列', 'Actual exits'],
};
const cumulativeName = (kind: Kind, share: boolean, lang: Lang) =>
  kind === 'planned'
    ? pick(
        lang,
        share ? '累计计划（占比）' : '累计计划（个村）',
        share ? 'Cumulative planned (share)' : 'Cumulative planned (villages)',
      )
    : pick(
        lang,
        share ? '累计实际（占比）' : '累计实际（个村）',
        share ? 'Cumulative actual (share)' : 'Cumulative actual (villages)',
      );

const SOURCE_NAMES: Record<ExitSource, [string, string]> = {
  schedule: ['村级出列名单', 'village exit schedule'],
  indicators: ['统计数字', 'reported figures'],
};

const DEADLINE_BASIS: Record<ExitDeadline['basis'], [string, string]> = {
  plan: ['出列计划最后一年', 'last year of the exit plan'],
  target: ['出列目标期限', 'due date of the exit target'],
  milestone: ['期限节点', 'deadline milestone'],
  national: ['全国目标', 'national target'],
};

const villages = (value: number, lang: Lang, q: Qualifier = 'exact', max: number | null = null) =>
  formatValue(value, 'villages', lang, q, max);

/** Quotes of the rows behind one figure: two shown, the rest counted. */
function quoteOf(rows: readonly Sourced[], lang: Lang): string {
  const quotes = [...new Set(rows.map((r) => r.sourceQuote))];
  const shown = quotes
    .slice(0, 2)
    .map((q) => pick(lang, `「${q}」`, `“${q}”`))
    .join(pick(lang, '；', '; '));
  const more = quotes.length - 2;
  return more > 0 ? `${shown}${pick(lang, `等${quotes.length}条`, ` and ${more} more`)}` : shown;
}

const filesOf = (rows: readonly Sourced[]) => sourceFilesOf(rows).join('; ');

const flagOf = (rows: readonly Sourced[], lang: Lang): string | null => {
  const flags = [
    ...new Set(rows.flatMap((r) => (r.qualityFlag ? [FLAG_LABELS[r.qualityFlag][lang]] : []))),
  ];
  return flags.length > 0 ? `⚠ ${flags.join(pick(lang, '、', ', '))}` : null;
};

/**
 * The cumulative line's value: a share of the total when one is known, else a count. One
 * decimal, two below 1% (as formatValue prints it), so 21 of 128,000 villages is not 0%.
 */
function cumulativeValue(count: number, t: ExitTimeline): number {
  if (!t.total) return count;
  const pct = (count / t.total.value) * 100;
  return pct >= 1 ? Math.round(pct * 10) / 10 : Math.round(pct * 100) / 100;
}

function cumulativeText(count: number, q: Qualifier, t: ExitTimeline, lang: Lang): string {
  if (!t.total) return villages(count, lang, q);
  const share = formatValue(cumulativeValue(count, t), 'percent', lang, q);
  const of = `${villages(count, lang, q)} / ${villages(t.total.value, lang, t.total.qualifier)}`;
  return pick(lang, `${share}（${of}）`, `${share} (${of})`);
}

const totalSource = (t: ExitTimeline, lang: Lang) =>
  !t.total
    ? ''
    : t.total.basis === 'schedule'
      ? pick(
          lang,
          `总数：出列名单${villages(t.total.value, lang)}`,
          `Total: ${villages(t.total.value, lang)} in the exit schedule`,
        )
      : pick(lang, `总数：${quoteOf(t.total.rows, lang)}`, `Total: ${quoteOf(t.total.rows, lang)}`);

const TOTAL_BASIS: Record<ExitTotal['basis'], [string, string]> = {
  schedule: ['出列名单', 'exit schedule'],
  poor_villages: ['贫困村数', 'poor-village count'],
  villages_exited: ['出列村总数', 'count of villages exited'],
};

function describeTotal(t: ExitTimeline, lang: Lang): string {
  if (!t.total)
    return pick(
      lang,
      '贫困村总数未知，累计线为村数。',
      'Total unknown: the cumulative line counts villages. ',
    );
  const total = villages(t.total.value, lang, t.total.qualifier);
  const basis = pick(lang, ...TOTAL_BASIS[t.total.basis]);
  const partial =
    t.total.basis !== 'schedule' && t.scheduled > 0
      ? pick(
          lang,
          `出列名单仅列出其中${villages(t.scheduled, lang)}。`,
          `The exit schedule lists only ${villages(t.scheduled, lang)} of them. `,
        )
      : '';
  return pick(lang, `共${total}（${basis}）。`, `${total} in total (${basis}). `) + partial;
}

function seriesLabel(kind: Kind, s: ExitSeries, lang: Lang) {
  return `${pick(lang, ...NAMES[kind])}${pick(lang, `（${SOURCE_NAMES[s.source][0]}）`, ` (${SOURCE_NAMES[s.source][1]})`)}`;
}

/** Table rows: exactly the drawn bars and line points, each with the quotes behind it. */
function table(t: ExitTimeline, lang: Lang): ChartTable {
  const spans = t.spans.map(({ row }) => ({
    year: formatPeriod(row.period, lang),
    series: labelOf(row, lang),
    value: row.value,
    shown: villages(row.value, lang, row.qualifier, row.valueMax),
    source: quoteOf([row], lang),
    source_file: filesOf([row]),
    flag: flagOf([row], lang),
  }));
  const drawn = (['planned', 'actual'] as const).flatMap((kind) => {
    const s = t[kind];
    return s ? [{ kind, s }] : [];
  });
  // Every series' yearly figures first, then its running totals, as the CSV has always listed them.
  const yearly = drawn.flatMap(({ kind, s }) =>
    t.years.flatMap((year, i) => {
      const f = s.byYear[i];
      if (!f) return [];
      const [zh, en] = SOURCE_NAMES[s.source];
      return {
        year,
        series: seriesLabel(kind, s, lang),
        value: f.value,
        shown: villages(f.value, lang, f.qualifier, f.valueMax),
        source: quoteOf(f.rows, lang) || pick(lang, zh, en),
        source_file: filesOf(f.rows),
        flag: flagOf(f.rows, lang),
      };
    }),
  );
  const cumulative = drawn.flatMap(({ kind, s }) =>
    t.years.flatMap((year, i) => {
      const c = s.cumulative[i];
      if (!c) return [];
      const used = s.byYear.slice(0, i + 1).flatMap((f) => f?.rows ?? []);
      return {
        year,
        series: cumulativeName(kind, t.total !== null, lang),
        value: cumulativeValue(c.value, t),
        shown: cumulativeText(c.value, c.qualifier, t, lang),
        source: [pick(lang, '逐年数字累加', 'Sum of the yearly figures'), totalSource(t, lang)]
          .filter(Boolean)
          .join(pick(lang, '；', '; ')),
        source_file: filesOf([...used, ...(t.total?.rows ?? [])]),
        flag: `⚠ ${FLAG_LABELS.derived[lang]}`,
      };
    }),
  );
  const rows: Array<Record<string, Cell>> = [...spans, ...yearly, ...cumulative];
  return {
    columns: [
      { key: 'year', label: pick(lang, '年份', 'Year') },
      { key: 'series', label: pick(lang, '系列', 'Series') },
      { key: 'value', label: pick(lang, '数值', 'Value'), numeric: true },
      { key: 'shown', label: pick(lang, '原文表述', 'As stated') },
      ...sourceColumns(lang),
    ],
    rows,
  };
}

const lastIndex = (s: ExitSeries) => s.cumulative.findLastIndex((c) => c !== null);

function yearLines(t: ExitTimeline, i: number, lang: Lang): string[] {
  const lines = [pick(lang, `${t.years[i]}年`, String(t.years[i]))];
  for (const kind of ['planned', 'actual'] as const) {
    const s = t[kind];
    const f = s?.byYear[i];
    lines.push(
      `${pick(lang, ...NAMES[kind])}${pick(lang, '：', ': ')}${f ? villages(f.value, lang, f.qualifier, f.valueMax) : pick(lang, '无数据', 'no data')}`,
    );
    const c = s?.cumulative[i];
    if (c)
      lines.push(
        `${cumulativeName(kind, t.total !== null, lang)}${pick(lang, '：', ': ')}${cumulativeText(c.value, c.qualifier, t, lang)}`,
      );
    const flag = f ? flagOf(f.rows, lang) : null;
    if (flag) lines.push(flag);
    if (f && f.rows.length > 0)
      lines.push(pick(lang, `来源：${quoteOf(f.rows, lang)}`, `Source: ${quoteOf(f.rows, lang)}`));
  }
  return lines;
}

function describeSeries(kind: Kind, s: ExitSeries | null, t: ExitTimeline, lang: Lang): string {
  const head = pick(lang, NAMES[kind][0], NAMES[kind][1]);
  if (!s) return pick(lang, `${head}：无数据。`, `${head}: no data. `);
  const parts = t.years.flatMap((y, i) => {
    const f = s.byYear[i];
    return f
      ? [
          pick(
            lang,
            `${y}年${villages(f.value, lang, f.qualifier, f.valueMax)}`,
            `${y}: ${villages(f.value, lang, f.qualifier, f.valueMax)}`,
          ),
        ]
      : [];
  });
  const from = pick(lang, SOURCE_NAMES[s.source][0], SOURCE_NAMES[s.source][1]);
  return pick(
    lang,
    `${head}（${from}）：${parts.join('，')}。`,
    `${head} (${from}): ${parts.join(', ')}. `,
  );
}

function describeSpans(t: ExitTimeline, lang: Lang): string {
  const spans = t.spans.map(({ row }) =>
    pick(
      lang,
      `${formatPeriod(row.period, lang)}${villages(row.value, lang, row.qualifier, row.valueMax)}（${row.labelZh}）。`,
      `${formatPeriod(row.period, lang)}: ${villages(row.value, lang, row.qualifier, row.valueMax)} (${row.labelEn || row.labelZh}). `,
    ),
  );
  const part = t.undrawnParts ? partText(t.undrawnParts, lang) : null;
  if (part) spans.push(pick(lang, `下级出列名单不计入：${part}。`, `Not included: ${part}. `));
  return spans.join('');
}

function describe(t: ExitTimeline, name: string, lang: Lang): string {
  const basis = pick(lang, ...DEADLINE_BASIS[t.deadline.basis]);
  const part = partText(t.coverage, lang);
  if (t.years.length === 0)
    return (
      pick(lang, `${name}贫困村出列：`, `${name}: poor-village exits. `) + describeSpans(t, lang)
    );
  return [
    pick(lang, `${name}贫困村出列。`, `${name}: poor-village exits. `),
    part ? pick(lang, `${part}，不是${name}的总数。`, `${part}, not the total for ${name}. `) : '',
    describeSpans(t, lang),
    describeSeries('planned', t.planned, t, lang),
    describeSeries('actual', t.actual, t, lang),
    describeTotal(t, lang),
    t.exitedUndated > 0
      ? pick(
          lang,
          `另有${villages(t.exitedUndated, lang)}已出列但无日期，未计入年度。`,
          `${villages(t.exitedUndated, lang)} exited without a date are not placed on a year. `,
        )
      : '',
    pick(
      lang,
      `期限：${t.deadline.year}年（${basis}）。`,
      `Deadline: ${t.deadline.year} (${basis}).`,
    ),
  ].join('');
}

/**
 * The deadline as a key line of its own above the plot, a swatch of the dashed line then its
 * text: on the line itself the label ran over the bar labels, the right axis's "100%" and,
 * with the deadline the last year, past the chart's edge.
 */
function deadlineKey(text: string, ctx: ChartContext, top: number) {
  const px = fontSize(ctx, 12);
  const lineHeight = Math.round(px * 1.4);
  const width = ctx.width - 32;
  return {
    height: wrappedLines(text, px, width) * lineHeight + 8,
    graphic: {
      type: 'group',
      left: 8,
      top,
      silent: true,
      children: [
        {
          type: 'line',
          shape: { x1: 6, y1: 2, x2: 6, y2: lineHeight - 2 },
          style: { stroke: THEMES[ctx.theme].bad, lineWidth: 1.5, lineDash: [4, 3] },
        },
        {
          type: 'text',
          x: 16,
          style: {
            text,
            width,
            overflow: 'break',
            lineHeight,
            verticalAlign: 'top',
            fill: THEMES[ctx.theme].text,
            fontSize: px,
            fontFamily: FONT_FAMILY,
          },
        },
      ],
    },
  };
}

function exitTimelineOption(t: ExitTimeline, ctx: ChartContext, description: string): ChartDrawing {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const base = baseOption(ctx, description);
  const share = t.total !== null;
  const categories = t.years.map(String);
  const labelOfBar = (s: ExitSeries) => (p: unknown) => {
    const f = s.byYear[(p as { dataIndex: number }).dataIndex];
    return f ? formatValue(f.value, 'count', lang, f.qualifier, f.valueMax) : '';
  };
  const deadlineLabel = pick(
    lang,
    `期限 ${t.deadline.year}（${DEADLINE_BASIS[t.deadline.basis][0]}）`,
    `Deadline ${t.deadline.year} (${DEADLINE_BASIS[t.deadline.basis][1]})`,
  );
  const legend = rowLegend(ctx, [
    ...(['planned', 'actual'] as const).flatMap((k) => (t[k] ? [pick(lang, ...NAMES[k])] : [])),
    ...(['planned', 'actual'] as const).flatMap((k) =>
      t[k] ? [cumulativeName(k, share, lang)] : [],
    ),
  ]);
  const key = deadlineKey(deadlineLabel, ctx, legend.height + 4);
  const narrow = isNarrow(ctx);
  const bars = (['planned', 'actual'] as const).flatMap((kind) => {
    const s = t[kind];
    if (!s) return [];
    return [
      {
        name: pick(lang, ...NAMES[kind]),
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: kind === 'planned' ? hollowStyle(colors.planned) : { color: colors.actual },
        label: {
          show: true,
          position: 'top',
          color: colors.text,
          fontSize: fontSize(ctx, 11),
          formatter: labelOfBar(s),
        },
        data: s.byYear.map((f) => f?.value ?? null),
      },
    ];
  });
  const lines = (['planned', 'actual'] as const).flatMap((kind) => {
    const s = t[kind];
    if (!s) return [];
    const color = kind === 'planned' ? colors.planned : colors.actual;
    return [
      {
        name: cumulativeName(kind, share, lang),
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        symbol: kind === 'planned' ? 'emptyTriangle' : 'circle',
        symbolSize: 9,
        // Outlined, so a point inside a bar of the same colour still shows.
        itemStyle: { color, borderColor: colors.background, borderWidth: 1.5 },
        label: {
          show: true,
          // On a phone the last point is too near the right axis for a label beside it; above,
          // it ends short of the point, where the deadline line and the bar's label stand.
          ...(narrow ? { position: 'top', align: 'right' } : { position: 'right' }),
          color: colors.text,
          fontSize: fontSize(ctx, 11),
          formatter: (p: { dataIndex: number }) => {
            const c = s.cumulative[p.dataIndex];
            return c && p.dataIndex === lastIndex(s)
              ? share
                ? `${cumulativeValue(c.value, t)}%`
                : String(c.value)
              : '';
          },
        },
        lineStyle: { color, width: 2, type: kind === 'planned' ? 'dashed' : 'solid' },
        data: s.cumulative.map((c) => (c ? cumulativeValue(c.value, t) : null)),
      },
    ];
  });
  const markLine = {
    silent: true,
    symbol: 'none',
    lineStyle: { color: colors.bad, type: 'dashed', width: 1.5 },
    label: { show: false },
    data: [{ xAxis: String(t.deadline.year) }],
  };
  const selected = String(ctx.year);
  // A year without any figure says so under its label: an empty slot is not a zero.
  const empty = t.years.map((_, i) => !t.planned?.byYear[i] && !t.actual?.byYear[i]);
  const noData = pick(lang, '无数据', 'no data');
  const option = {
    ...base,
    legend: legend.legend,
    graphic: key.graphic,
    // Room over the plot for the labels of the tallest bar and of the line's last point.
    grid: {
      top: legend.height + key.height + fontSize(ctx, 24),
      left: 8,
      right: 8,
      bottom: 8,
      outerBoundsContain: 'all',
    },
    tooltip: {
      ...(base.tooltip as object),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const i = (Array.isArray(params) ? params[0] : params)?.dataIndex;
        return typeof i === 'number' ? tooltipLines(yearLines(t, i, lang)) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: categories,
      axisLine: { lineStyle: { color: colors.axis } },
      axisLabel: axisLabel(ctx, {
        color: colors.text,
        // Every year: a bar whose year is hidden cannot be read.
        interval: 0,
        // The player's year reads apart by weight and a box, not by colour alone.
        formatter: (v: string, i: number) => {
          const year = v === selected ? `{sel|${v}}` : v;
          return empty[i] ? `${year}\n{none|${noData}}` : year;
        },
        rich: {
          sel: {
            fontWeight: 'bold',
            borderColor: colors.text,
            borderWidth: 1,
            borderRadius: 3,
            padding: [2, 4],
          },
          none: { color: colors.muted, fontSize: fontSize(ctx, 10) },
        },
      }),
    },
    yAxis: [
      {
        type: 'value',
        name: pick(lang, '村数', 'Villages'),
        nameLocation: 'middle',
        nameGap: fontSize(ctx, 30),
        minInterval: 1,
        nameTextStyle: { color: colors.muted },
        axisLabel: axisLabel(ctx, { color: colors.muted }),
        splitLine: { lineStyle: { color: colors.grid } },
      },
      {
        type: 'value',
        name: share
          ? pick(lang, '累计占比', 'Cumulative share')
          : pick(lang, '累计村数', 'Cumulative villages'),
        nameLocation: 'middle',
        nameGap: fontSize(ctx, share ? 42 : 30),
        min: 0,
        max: share ? (v: { max: number }) => Math.max(100, v.max) : undefined,
        minInterval: share ? undefined : 1,
        nameTextStyle: { color: colors.muted },
        axisLabel: axisLabel(ctx, {
          color: colors.muted,
          formatter: share ? '{value}%' : '{value}',
        }),
        splitLine: { show: false },
      },
    ],
    series: labelsInside(
      [...bars, ...lines].map((s, i) => (i === 0 ? { ...s, markLine } : s)),
      ctx,
    ),
  };
  return {
    option,
    height: Math.round(328 * ctx.fontScale) + legend.height + key.height,
  };
}

export function buildExitTimeline(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const { name, title: builtTitle } = chartNames(model, ctx, title(lang));
  const t = exitTimeline(model, ctx.region);
  if (!t)
    return noDataChart(
      builtTitle,
      pick(lang, `${name}无贫困村出列数据。`, `No village-exit figures for ${name}.`),
    );
  const part = partText(t.coverage, lang);
  const description = describe(t, name, lang);
  return sourcedChart(
    {
      // A part says so in the title itself, which every frame, export and the CLI print.
      title: part ? `${builtTitle} · ${part}` : builtTitle,
      ...(t.years.length > 0
        ? exitTimelineOption(t, ctx, description)
        : exitSpanFigure(t, ctx, description)),
      table: table(t, lang),
      description,
    },
    t.rows,
    lang,
  );
}
