import dayjs from 'dayjs';
import type { MilestoneKind, PartialDate } from '../../data/types';
import { formatDate, type Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { timelineMilestones, type PlacedMilestone } from '../../model/exitTimeline';
import { baseOption, fontSize } from '../baseOption';
import type { BuiltChart, ChartContext, ChartTable } from '../chartTypes';
import { tooltipLines } from '../escapeHtml';
import { isNarrow, wrappedLines } from '../textFit';
import { PALETTE, THEMES } from '../theme';
import {
  chartTitle,
  flagNoteText,
  itemTooltip,
  legendHeight,
  noDataChart,
  regionName,
  sourceColumns,
  sourcedChart,
  topLegend,
} from '../rowChartParts';

export const title = (lang: Lang) => pick(lang, '脱贫攻坚时间节点', 'Milestones');

/**
 * Each kind has its own shape as well as its own colour, and a legend entry. Where labels
 * collide ECharts keeps the one on the larger marker, so exits and the national completion
 * outrank local events.
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

// Labels take turns above and below the track, near then far, so neighbours rarely collide;
// any that still overlap are hidden, and their text stays in the tooltip and the table.
const SLOTS = [
  { position: 'top', distance: 12 },
  { position: 'bottom', distance: 12 },
  { position: 'top', distance: 48 },
  { position: 'bottom', distance: 48 },
] as const;

const slotOf = (i: number) => SLOTS[i % SLOTS.length]!;

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
  slot: (i: number) => { position: string; distance: number };
  labelBox: { width: number; overflow: string };
  track: { xAxis: number } | { yAxis: number };
  grid: Record<string, unknown>;
  xAxis: Record<string, unknown>;
  yAxis: Record<string, unknown>;
  height: number;
}

/** Markers along a time axis, labels taking turns above and below it. */
function trackLayout(placed: readonly PlacedMilestone[], ctx: ChartContext): Layout {
  const colors = THEMES[ctx.theme];
  const times = placed.map((p) => placeDate(p.milestone.date));
  // Markers on the same day stack up and down the track instead of hiding one another.
  // Each moves towards its own label, so a label is never read as the neighbour's.
  const stacked = new Map<number, { up: number; down: number }>();
  const lift = times.map((t, i) => {
    const seen = stacked.get(t);
    if (!seen) {
      stacked.set(t, { up: 0, down: 0 });
      return 0;
    }
    return slotOf(i).position === 'top' ? ++seen.up * 0.16 : -++seen.down * 0.16;
  });
  // Room for half a label beside the first and last marker.
  const pad = Math.max(183 * 24 * 3600 * 1000, (Math.max(...times) - Math.min(...times)) * 0.1);
  return {
    at: times.map((t, i) => [t, lift[i]!]),
    slot: slotOf,
    labelBox: { width: 150, overflow: 'truncate' },
    track: { yAxis: 0 },
    grid: { top: legendHeight(ctx) + 8, left: 24, right: 24, bottom: fontSize(ctx, 28) },
    xAxis: {
      type: 'time',
      min: Math.min(...times) - pad,
      max: Math.max(...times) + pad,
      axisLine: { lineStyle: { color: colors.axis } },
      axisLabel: {
        color: colors.text,
        hideOverlap: true,
        // ECharts names months in its own locale (English); say them in the UI language.
        formatter: {
          year: '{yyyy}',
          month: ctx.lang === 'zh' ? '{M}月' : '{MMM}',
          day: ctx.lang === 'zh' ? '{M}月{d}日' : '{d} {MMM}',
        },
      },
      splitLine: { show: true, lineStyle: { color: colors.grid } },
    },
    yAxis: { type: 'value', min: -1, max: 1, show: false },
    height: Math.round(300 * ctx.fontScale),
  };
}

/**
 * On a phone a time axis leaves a label no room: the track runs down the side instead, oldest
 * first, and each milestone gets a row as tall as its wrapped label. The label starts with the
 * date, so the spacing need not show it.
 */
function listLayout(texts: readonly string[], sizes: readonly number[], ctx: ChartContext): Layout {
  const left = 16;
  const largest = Math.max(...sizes);
  const distance = 10;
  const width = ctx.width - left - largest / 2 - distance - 8;
  const rows = texts.map(
    (text) => wrappedLines(text, fontSize(ctx, 11), width) * fontSize(ctx, 14) + fontSize(ctx, 12),
  );
  const top = legendHeight(ctx) + 8;
  let total = 0;
  const at = rows.map((h): [number, number] => {
    total += h;
    return [0, total - h / 2];
  });
  return {
    at,
    // Labels beside smaller markers stand further off, so every label starts at one edge.
    slot: (i) => ({ position: 'right', distance: distance + (largest - sizes[i]!) / 2 }),
    labelBox: { width, overflow: 'break' },
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
): { option: Record<string, unknown>; height: number } {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const base = baseOption(ctx, description);
  const texts = placed.map(
    (p) => `${formatDate(p.milestone.date, lang)}\n${noRich(titleOf(p, lang))}`,
  );
  const layout = isNarrow(ctx)
    ? listLayout(
        texts,
        placed.map((p) => KINDS[p.milestone.kind].size),
        ctx,
      )
    : trackLayout(placed, ctx);
  const index = new Map(placed.map((p, i) => [p.milestone.id, i]));
  const kinds = (Object.keys(KINDS) as MilestoneKind[]).filter((k) =>
    placed.some((p) => p.milestone.kind === k),
  );
  const series = kinds.map((kind, k) => ({
    name: KINDS[kind][lang],
    type: 'scatter',
    symbol: KINDS[kind].symbol,
    symbolSize: KINDS[kind].size,
    itemStyle: { color: KINDS[kind].color, borderColor: colors.text, borderWidth: 1 },
    labelLayout: { hideOverlap: true },
    label: {
      show: true,
      color: colors.text,
      fontSize: fontSize(ctx, 11),
      ...layout.labelBox,
      lineHeight: fontSize(ctx, 14),
    },
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
    data: placed.flatMap((p, i) =>
      p.milestone.kind !== kind
        ? []
        : [
            {
              value: layout.at[i],
              id: p.milestone.id,
              label: { ...layout.slot(i), formatter: texts[i] },
            },
          ],
    ),
  }));
  return {
    option: {
      ...base,
      legend: topLegend(ctx),
      grid: layout.grid,
      tooltip: itemTooltip(base, (params) => {
        const id = (params as { data?: { id?: string } }).data?.id;
        const i = id === undefined ? undefined : index.get(id);
        return i === undefined ? '' : tooltipLines(lines(placed[i]!, model, lang));
      }),
      xAxis: layout.xAxis,
      yAxis: layout.yAxis,
      series,
    },
    height: layout.height,
  };
}

export function buildMilestones(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const name = regionName(model, ctx.region, lang);
  const builtTitle = chartTitle(model, ctx, title(lang));
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
