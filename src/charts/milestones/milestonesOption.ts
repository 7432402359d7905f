import dayjs from 'dayjs';
import type { MilestoneKind, PartialDate } from '../../data/types';
import { formatDate, type Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { timelineMilestones, type PlacedMilestone } from '../../model/exitTimeline';
import { axisLabel, baseOption, BASE_FONT_PX, fontSize } from '../baseOption';
import type { BuiltChart, ChartContext, ChartTable, ChartDrawing } from '../chartTypes';
import { labelsInside } from '../labelsInside';
import { tooltipLines } from '../escapeHtml';
import { brokenText, isNarrow, textWidth, wrappedLines } from '../textFit';
import { PALETTE, THEMES } from '../theme';
import { noDataChart, sourcedChart } from '../builtChart';
import { rowLegend } from '../rows/rowLegend';
import { itemTooltip, sourceColumns } from '../rows/rowTable';
import { chartNames, flagNoteText, regionName } from '../rows/rowText';
import { placeLabels, type PlacedLabel } from './milestoneLabels';

export const title = (lang: Lang) => pick(lang, '脱贫攻坚时间节点', 'Milestones');

/**
 * Each kind has its own shape as well as its own colour, and a legend entry. Labels of larger
 * markers are placed first, so exits and the national completion outrank local events.
 */
const KINDS: Record<
  MilestoneKind,
  { zh: string; en: string; symbol: string; color: string; size: number }
> = {
  national: { zh: '全国节点', en: 'National', symbol: 'rect', color: PALETTE[3]!, size: 17 },
  county_exit: {
    zh: '贫困县摘帽',
    en: 'County exit',
    symbol: 'diamond',
    color: PALETTE[2]!,
    size: 17,
  },
  village_exit: {
    zh: '贫困村出列',
    en: 'Village exit',
    symbol: 'circle',
    color: PALETTE[0]!,
    size: 14,
  },
  deadline: { zh: '期限', en: 'Deadline', symbol: 'triangle', color: PALETTE[5]!, size: 14 },
  event: { zh: '事件', en: 'Event', symbol: 'emptyCircle', color: PALETTE[1]!, size: 11 },
};

/** Markers grow with the type, so a wall's markers are not specks beside its labels. */
const markerSize = (kind: MilestoneKind, ctx: ChartContext) => fontSize(ctx, KINDS[kind].size);

const PRECISION_NOTE: Record<PartialDate['precision'], [string, string] | null> = {
  year: ['日期仅知年份，标在年初', 'Date known to the year only; placed at its start'],
  month: ['日期仅知月份，标在月初', 'Date known to the month only; placed at its start'],
  day: null,
};

/** A year or month is placed at its first day, so the marker never claims a later date. */
export const placeDate = (d: PartialDate): number =>
  dayjs(
    d.precision === 'year' ? `${d.iso}-01-01` : d.precision === 'month' ? `${d.iso}-01` : d.iso,
  ).valueOf();

/** ECharts reads `{name|text}` in label text as rich-text markup; titles come from data files. */
const noRich = (text: string) => text.replace(/\{/g, '｛').replace(/\}/g, '｝');

const titleOf = (p: PlacedMilestone, lang: Lang) =>
  lang === 'en' && p.milestone.titleEn !== '' ? p.milestone.titleEn : p.milestone.titleZh;

function lines(p: PlacedMilestone, model: DashboardModel, lang: Lang): Array<string | null> {
  const m = p.milestone;
  const note = PRECISION_NOTE[m.date.precision];
  return [
    titleOf(p, lang),
    `${formatDate(m.date, lang)} · ${KINDS[m.kind][lang]} · ${regionName(model, p.region.code, lang)}`,
    note ? pick(lang, ...note) : null,
    flagNoteText(m, lang, pick(lang, '：', ': ')),
    pick(lang, `来源：「${m.sourceQuote}」`, `Source: “${m.sourceQuote}”`),
  ];
}

function table(placed: readonly PlacedMilestone[], model: DashboardModel, lang: Lang): ChartTable {
  return {
    columns: [
      { key: 'date', label: pick(lang, '日期', 'Date') },
      { key: 'title', label: pick(lang, '事项', 'Milestone') },
      { key: 'kind', label: pick(lang, '类别', 'Kind') },
      { key: 'region', label: pick(lang, '地区', 'Region') },
      ...sourceColumns(lang),
    ],
    rows: placed.map((p) => {
      const m = p.milestone;
      return {
        id: m.id,
        date: formatDate(m.date, lang),
        date_iso: m.date.iso,
        title: titleOf(p, lang),
        kind: KINDS[m.kind][lang],
        region: regionName(model, p.region.code, lang),
        source: m.sourceQuote,
        source_file: m.sourceFile,
        flag: flagNoteText(m, lang),
      };
    }),
  };
}

function describe(
  placed: readonly PlacedMilestone[],
  name: string,
  model: DashboardModel,
  lang: Lang,
): string {
  const shown = placed.slice(0, 8).map((p) => {
    const where = regionName(model, p.region.code, lang);
    const date = formatDate(p.milestone.date, lang);
    return pick(
      lang,
      `${date}${titleOf(p, lang)}（${where}）`,
      `${date}: ${titleOf(p, lang)} (${where})`,
    );
  });
  const more = placed.length - shown.length;
  return pick(
    lang,
    `${name}相关时间节点${placed.length}个：${shown.join('；')}${more > 0 ? `；另有${more}个见数据表` : ''}。`,
    `${placed.length} milestones for ${name}: ${shown.join('; ')}${more > 0 ? `; ${more} more in the table` : ''}.`,
  );
}

/** Where markers and labels go; the rest of the chart is the same either way. */
interface Layout {
  at: Array<[number, number]>;
  /** The label beside a marker, or null where the label is drawn apart from it. */
  label: (i: number) => Record<string, unknown> | null;
  /** Series drawn besides the markers: labels and their stems. */
  extra: Array<Record<string, unknown>>;
  track: { xAxis: number } | { yAxis: number };
  grid: Record<string, unknown>;
  xAxis: Record<string, unknown>;
  yAxis: Record<string, unknown>;
  height: number;
}

const DAY = 24 * 3600 * 1000;
/** Room at either end of the track for a marker and half the year under it ("2017"). */
const trackPad = (ctx: ChartContext) => Math.max(24, Math.ceil(1.2 * fontSize(ctx, 12)) + 4);

/** Same-day markers stack up and down the track, one marker's height apart. */
function lifts(times: readonly number[]): number[] {
  const seen = new Map<number, number>();
  return times.map((t) => {
    const k = seen.get(t) ?? 0;
    seen.set(t, k + 1);
    return k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 15;
  });
}

/**
 * Markers along a time axis, in years; each label, wrapped and never cut, stands above or
 * below the track on a stem, as near as the labels placed before it allow. National events and
 * exits are placed first; a label with no room left is not drawn (tooltip and table hold it).
 * The axis is in px up and down the track, so the layout is known before ECharts draws it.
 */
function trackLayout(
  placed: readonly PlacedMilestone[],
  texts: readonly string[],
  ctx: ChartContext,
  top: number,
): Layout {
  const colors = THEMES[ctx.theme];
  const px = fontSize(ctx, 11);
  const lineHeight = fontSize(ctx, 14);
  const wrap = fontSize(ctx, 140);
  const times = placed.map((p) => placeDate(p.milestone.date));
  const first = Math.min(...times);
  const span = Math.max(Math.max(...times) - first, DAY);
  const left = 8;
  const plot = ctx.width - 2 * left;
  const pad = trackPad(ctx);
  const perPx = span / (plot - 2 * pad);
  const min = first - pad * perPx;
  const xOf = (t: number) => left + (t - min) / perPx;
  const lift = lifts(times);
  const items = placed.map((p, i) => ({
    x: xOf(times[i]!),
    y: lift[i]!,
    size: markerSize(p.milestone.kind, ctx),
    width: Math.min(wrap, Math.max(...texts[i]!.split('\n').map((l) => textWidth(l, px)))),
    height: wrappedLines(texts[i]!, px, wrap) * lineHeight,
  }));
  const order = items
    .map((m, i) => ({ i, size: m.size }))
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .map(({ i }) => i);
  const bottom = fontSize(ctx, 28);
  // A wall whose type is down to its floor bounds the labels' room by its box as well: a label
  // with no room is left off as anywhere else, rather than the panel sliding a sheet up and down.
  const atFloor =
    ctx.medium === 'wall' &&
    ctx.height !== null &&
    Math.round(BASE_FONT_PX * ctx.fontScale) <= (ctx.minFontPx ?? 0);
  const boxSide = atFloor ? Math.floor((ctx.height! - top - bottom) / 2) - 4 : Infinity;
  const labels = placeLabels(items, order, {
    chartWidth: ctx.width,
    gap: 4,
    // About two labels a side: the chart keeps the height of a wall's half-height panel.
    maxSide: Math.min(7 * lineHeight, boxSide),
  });
  const reach = (side: 'above' | 'below') =>
    Math.max(
      ...items.map((m) => (side === 'above' ? m.y : -m.y) + m.size / 2),
      ...labels.map((l, i) => (l?.side === side ? l.distance + items[i]!.height : 0)),
    ) + 4;
  const above = reach('above');
  const below = reach('below');
  const shown = labels.flatMap((l, i) => (l ? [{ l, i }] : []));
  const off = (l: PlacedLabel) => (l.side === 'above' ? l.distance : -l.distance);
  return {
    at: times.map((t, i) => [t, lift[i]!]),
    label: () => null,
    extra: [
      {
        type: 'scatter',
        silent: true,
        symbolSize: 0,
        label: {
          show: true,
          color: colors.text,
          fontSize: px,
          lineHeight,
          width: wrap,
          overflow: 'break',
          distance: 0,
        },
        data: shown.map(({ l, i }) => ({
          value: [min + (l.center - left) * perPx, off(l)],
          label: {
            position: l.side === 'above' ? 'top' : 'bottom',
            formatter: brokenText(texts[i]!, px, wrap),
          },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: colors.axis, type: 'solid', width: 1 },
          data: shown.map(({ l, i }) => [
            { coord: [times[i], lift[i]] },
            { coord: [times[i], off(l)] },
          ]),
        },
      },
    ],
    track: { yAxis: 0 },
    // Top and bottom, not a height: on a taller wall panel the plot stretches and labels only
    // move further apart.
    grid: { top, left, right: left, bottom, outerBoundsMode: 'none' },
    xAxis: {
      type: 'time',
      min,
      max: min + plot * perPx,
      // Years only: a month tick between two years reads as a year of its own.
      minInterval: 365 * DAY,
      axisLine: { lineStyle: { color: colors.axis } },
      axisLabel: axisLabel(ctx, { color: colors.text, hideOverlap: true, formatter: '{yyyy}' }),
      splitLine: { show: true, lineStyle: { color: colors.grid } },
    },
    yAxis: { type: 'value', min: -below, max: above, show: false },
    height: top + above + below + bottom,
  };
}

/**
 * On a phone a time axis leaves a label no room: the track runs down the side instead, oldest
 * first, and each milestone gets a row as tall as its wrapped label. The label starts with the
 * date, so the spacing need not show it.
 */
function listLayout(
  texts: readonly string[],
  sizes: readonly number[],
  ctx: ChartContext,
  top: number,
): Layout {
  const left = 16;
  const largest = Math.max(...sizes);
  const distance = 10;
  const width = ctx.width - left - largest / 2 - distance - 8;
  const rows = texts.map(
    (text) => wrappedLines(text, fontSize(ctx, 11), width) * fontSize(ctx, 14) + fontSize(ctx, 12),
  );
  let total = 0;
  const at = rows.map((h): [number, number] => {
    total += h;
    return [0, total - h / 2];
  });
  return {
    at,
    // Labels beside smaller markers stand further off, so every label starts at one edge.
    label: (i) => ({
      show: true,
      position: 'right',
      distance: distance + (largest - sizes[i]!) / 2,
      formatter: texts[i],
      width,
      overflow: 'break',
    }),
    extra: [],
    track: { xAxis: 0 },
    grid: { top, left, right: 8, height: total },
    xAxis: { type: 'value', min: 0, max: 1, show: false },
    yAxis: { type: 'value', min: 0, max: total, inverse: true, show: false },
    height: top + total + 8,
  };
}

function milestonesOption(
  placed: readonly PlacedMilestone[],
  model: DashboardModel,
  ctx: ChartContext,
  description: string,
): ChartDrawing {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const base = baseOption(ctx, description);
  const texts = placed.map(
    (p) => `${formatDate(p.milestone.date, lang)}\n${noRich(titleOf(p, lang))}`,
  );
  const kinds = (Object.keys(KINDS) as MilestoneKind[]).filter((k) =>
    placed.some((p) => p.milestone.kind === k),
  );
  const legend = rowLegend(
    ctx,
    kinds.map((k) => KINDS[k][lang]),
  );
  const top = legend.height + 8;
  const layout = isNarrow(ctx)
    ? listLayout(
        texts,
        placed.map((p) => markerSize(p.milestone.kind, ctx)),
        ctx,
        top,
      )
    : trackLayout(placed, texts, ctx, top);
  const index = new Map(placed.map((p, i) => [p.milestone.id, i]));
  const series = kinds.map((kind, k) => ({
    name: KINDS[kind][lang],
    type: 'scatter',
    symbol: KINDS[kind].symbol,
    symbolSize: markerSize(kind, ctx),
    itemStyle: { color: KINDS[kind].color, borderColor: colors.text, borderWidth: 1 },
    label: { color: colors.text, fontSize: fontSize(ctx, 11), lineHeight: fontSize(ctx, 14) },
    // The track is drawn once, by the first series.
    markLine:
      k === 0
        ? {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: colors.axis, type: 'solid', width: 2 },
            data: [layout.track],
          }
        : undefined,
    data: placed.flatMap((p, i) => {
      if (p.milestone.kind !== kind) return [];
      const label = layout.label(i);
      return [{ value: layout.at[i], id: p.milestone.id, ...(label ? { label } : {}) }];
    }),
  }));
  return {
    option: {
      ...base,
      legend: legend.legend,
      grid: layout.grid,
      tooltip: itemTooltip(base, (params) => {
        const id = (params as { data?: { id?: string } }).data?.id;
        const i = id === undefined ? undefined : index.get(id);
        return i === undefined ? '' : tooltipLines(lines(placed[i]!, model, lang));
      }),
      xAxis: layout.xAxis,
      yAxis: layout.yAxis,
      series: labelsInside([...series, ...layout.extra], ctx),
    },
    height: layout.height,
  };
}

export function buildMilestones(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const { name, title: builtTitle } = chartNames(model, ctx, title(lang));
  const placed = timelineMilestones(model, ctx.region);
  if (placed.length === 0)
    return noDataChart(
      builtTitle,
      pick(lang, `${name}无时间节点数据。`, `No milestones for ${name}.`),
    );
  const description = describe(placed, name, model, lang);
  return sourcedChart(
    {
      title: builtTitle,
      ...milestonesOption(placed, model, ctx, description),
      table: table(placed, model, lang),
      description,
    },
    placed.map((p) => p.milestone),
    lang,
  );
}
