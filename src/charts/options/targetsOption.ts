import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime.js';
import type { Manifest, Qualifier } from '../../data/types';
import {
  formatDate,
  formatPercent,
  formatPeriod,
  formatValue,
  unitLabel,
  type Lang,
} from '../../i18n/format';
import { FLAG_LABELS } from '../../i18n/labels';
import { labelOf, pick } from '../../i18n/pick';
import { sourceName } from '../../i18n/sourceName';
import type { DashboardModel } from '../../model/dashboardModel';
import {
  regionTargets,
  TARGET_STATUSES,
  targetSources,
  type Amount,
  type TargetProgress,
  type TargetStatus,
} from '../../model/targets';
import { baseOption, fontSize } from '../baseOption';
import {
  flagsOf,
  sourceFilesOf,
  type BuiltChart,
  type ChartContext,
  type ChartDefinition,
  type TableColumn,
} from '../chartTypes';
import { tooltipLines } from '../escapeHtml';
import { isNarrow, wrappedLines } from '../textFit';
import { THEMES, type ThemeColors } from '../theme';
import { chartTitle, itemTooltip, noDataChart, regionName, sourcedChart } from '../rowChartParts';

dayjs.extend(relativeTime);

const title = (lang: Lang) => pick(lang, '目标完成情况', 'Progress against targets');

/** Bars stop here so one 500% target does not squash the rest; the label keeps the real number. */
export const PERCENT_CAP = 120;

/** Glyph, text and pattern per status, so colour is never the only cue. */
const STATUS: Record<
  TargetStatus,
  { glyph: string; zh: string; en: string; decal: object | null }
> = {
  met: { glyph: '●', zh: '已完成', en: 'Met', decal: null },
  on_track: {
    glyph: '▲',
    zh: '进度正常',
    en: 'On track',
    decal: { symbol: 'circle', symbolSize: 0.5, dashArrayX: 5, dashArrayY: 5 },
  },
  behind: {
    glyph: '▼',
    zh: '进度落后',
    en: 'Behind',
    decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 },
  },
  missed: {
    glyph: '×',
    zh: '未完成',
    en: 'Missed',
    decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 },
  },
  no_data: { glyph: '○', zh: '无进度数据', en: 'No progress data', decal: null },
};

const statusText = (s: TargetStatus, lang: Lang): string => `${STATUS[s].glyph} ${STATUS[s][lang]}`;

const statusColor = (s: TargetStatus, c: ThemeColors): string =>
  ({ met: c.good, on_track: c.actual, behind: c.warn, missed: c.bad, no_data: c.noData })[s];

const BOUND_SIGN: Partial<Record<Qualifier, string>> = {
  more_than: '>',
  at_least: '≥',
  less_than: '<',
  up_to: '≤',
};

/** A shortfall never rounds up to "100%". */
const pct = (n: number, lang: Lang) => formatPercent(n < 100 ? Math.min(n, 99.9) : n, lang, 1);

function percentText(t: TargetProgress, lang: Lang): string {
  if (t.percent === null)
    return t.actual === null
      ? STATUS.no_data[lang]
      : pick(lang, '无法计算完成比例', 'share cannot be computed');
  if (t.percentMax !== null) return `${pct(t.percent, lang)}–${pct(t.percentMax, lang)}`;
  const sign =
    t.percentQualifier === 'approx'
      ? pick(lang, '约', '≈')
      : (BOUND_SIGN[t.percentQualifier] ?? '');
  return `${sign}${pct(t.percent, lang)}`;
}

/** "剩余 3 年" / "已过 9 年", in the language's relative-time words. */
function timeText(t: TargetProgress, now: string, lang: Lang): string {
  if (t.daysLeft === 0) return pick(lang, '今天截止', 'due today');
  const span = dayjs(t.deadline)
    .locale(lang === 'zh' ? 'zh-cn' : 'en')
    .from(dayjs(now), true);
  return t.daysLeft > 0
    ? pick(lang, `剩余 ${span}`, `${span} left`)
    : pick(lang, `已过 ${span}`, `${span} ago`);
}

const amountText = (a: Amount, t: TargetProgress, lang: Lang) =>
  formatValue(a.value, t.unit, lang, a.qualifier, a.valueMax);

function actualText(t: TargetProgress, lang: Lang): string {
  if (!t.actual) return STATUS.no_data[lang];
  const q = t.actual.qualifier;
  const note =
    q === 'more_than' || q === 'at_least'
      ? pick(lang, '（下限：实际可能更多）', ' (a lower bound: the real figure may be higher)')
      : q === 'less_than' || q === 'up_to'
        ? pick(lang, '（上限：实际可能更少）', ' (an upper bound: the real figure may be lower)')
        : '';
  return `${amountText(t.actual, t, lang)}${note}`;
}

const targetText = (t: TargetProgress, lang: Lang) =>
  `${amountText(t.target, t, lang)}${t.ceiling ? pick(lang, '（上限：不高于此值）', ' (a ceiling: at most this)') : ''}`;

const targetName = (t: TargetProgress, lang: Lang) =>
  pick(
    lang,
    `${labelOf(t, lang)}（${formatPeriod(t.period, lang)}）`,
    `${labelOf(t, lang)} (${formatPeriod(t.period, lang)})`,
  );

/** "103% · 截止 2016年12月31日 · 已过 9 年 · ● 已完成": the line drawn above each bar. */
function progressLine(t: TargetProgress, now: string, lang: Lang): string {
  const stale = t.asOf !== null && t.asOf < t.deadline;
  return [
    t.status === 'no_data' ? '' : percentText(t, lang),
    pick(lang, `截止 ${formatDate(t.deadline, lang)}`, `due ${formatDate(t.deadline, lang)}`),
    timeText(t, now, lang),
    stale
      ? pick(
          lang,
          `数据截至${formatDate(t.asOf!.slice(0, 4), lang)}`,
          `data to ${t.asOf!.slice(0, 4)}`,
        )
      : '',
    statusText(t.status, lang),
  ]
    .filter(Boolean)
    .join(' · ');
}

const MAX_TOOLTIP_SOURCES = 4;

function tooltipFor(t: TargetProgress, now: string, lang: Lang, manifest: Manifest | null): string {
  const sources = targetSources(t);
  return tooltipLines([
    targetName(t, lang),
    `${pick(lang, '目标：', 'Target: ')}${targetText(t, lang)}`,
    t.baseline
      ? `${pick(lang, '起点：', 'Starting point: ')}${amountText(t.baseline, t, lang)}`
      : null,
    `${pick(lang, '实际：', 'Actual: ')}${actualText(t, lang)}`,
    `${pick(lang, '完成：', 'Complete: ')}${percentText(t, lang)}`,
    `${pick(lang, '截止：', 'Deadline: ')}${formatDate(t.deadline, lang)}（${timeText(t, now, lang)}）`,
    `${pick(lang, '状态：', 'Status: ')}${statusText(t.status, lang)}`,
    ...sources
      .slice(0, MAX_TOOLTIP_SOURCES)
      .map(
        (s) =>
          `${pick(lang, '来源：', 'Source: ')}${sourceName(manifest, s.sourceFile, lang, 'short')}「${s.sourceQuote}」`,
      ),
    sources.length > MAX_TOOLTIP_SOURCES
      ? pick(
          lang,
          `另有 ${sources.length - MAX_TOOLTIP_SOURCES} 条来源，见数据表`,
          `${sources.length - MAX_TOOLTIP_SOURCES} more sources in the table`,
        )
      : null,
    ...flagsOf(sources).map((f) => `⚠ ${FLAG_LABELS[f.flag][lang]}：${f.note}`),
  ]);
}

const COLUMNS = (lang: Lang): TableColumn[] => [
  { key: 'target', label: pick(lang, '目标', 'Target') },
  { key: 'period', label: pick(lang, '时期', 'Period') },
  { key: 'target_text', label: pick(lang, '目标值', 'Target value') },
  { key: 'target_value', label: pick(lang, '目标值（数字）', 'Target (number)'), numeric: true },
  { key: 'actual_text', label: pick(lang, '实际值', 'Actual') },
  { key: 'actual_value', label: pick(lang, '实际值（数字）', 'Actual (number)'), numeric: true },
  { key: 'percent', label: pick(lang, '完成比例（%）', 'Complete (%)'), numeric: true },
  { key: 'unit', label: pick(lang, '单位', 'Unit') },
  { key: 'deadline', label: pick(lang, '截止日期', 'Deadline') },
  { key: 'status', label: pick(lang, '状态', 'Status') },
  { key: 'source', label: pick(lang, '来源原文', 'Source quote') },
  { key: 'source_file', label: pick(lang, '来源文件', 'Source file') },
  { key: 'flag', label: pick(lang, '数据质量', 'Data quality') },
];

const roundPercent = (n: number | null): number | null =>
  n === null ? null : Math.round(n * 10) / 10;

function tableRow(t: TargetProgress, lang: Lang) {
  const sources = targetSources(t);
  const flags = flagsOf(sources);
  return {
    target: labelOf(t, lang),
    period: formatPeriod(t.period, lang),
    target_text: targetText(t, lang),
    target_value: t.target.value,
    actual_text: actualText(t, lang),
    actual_value: t.actual?.value ?? null,
    percent: roundPercent(t.percent),
    unit: unitLabel(t.unit, lang),
    deadline: t.deadline,
    status: STATUS[t.status][lang],
    source: [...new Set(sources.map((s) => s.sourceQuote))].join(' / '),
    source_file: sourceFilesOf(sources).join('; '),
    flag:
      flags.length > 0
        ? flags.map((f) => `${FLAG_LABELS[f.flag][lang]}：${f.note}`).join(' / ')
        : null,
  };
}

function describe(
  targets: readonly TargetProgress[],
  name: string,
  now: string,
  lang: Lang,
): string {
  const count = (s: TargetStatus) => targets.filter((t) => t.status === s).length;
  const counts = TARGET_STATUSES.filter((s) => count(s) > 0)
    .map((s) =>
      pick(lang, `${STATUS[s].zh} ${count(s)} 项`, `${STATUS[s].en.toLowerCase()}: ${count(s)}`),
    )
    .join(pick(lang, '，', ', '));
  const each = targets
    .map((t) => `${targetName(t, lang)}${pick(lang, '：', ': ')}${progressLine(t, now, lang)}`)
    .join(pick(lang, '；', '; '));
  return pick(
    lang,
    `${name}共 ${targets.length} 项目标（${counts}）。${each}。`,
    `${name}: ${targets.length} targets (${counts}). ${each}.`,
  );
}

export function buildTargets(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const name = regionName(model, ctx.region, lang);
  const builtTitle = chartTitle(model, ctx, title(lang));
  const targets = regionTargets(model, ctx.region, ctx.now);
  if (targets.length === 0)
    return noDataChart(
      builtTitle,
      pick(lang, `${name}的来源没有给出目标。`, `The sources give no targets for ${name}.`),
    );

  const colors = THEMES[ctx.theme];
  const px = fontSize(ctx, 12);
  const lineHeight = Math.round(px * 1.4);
  // On a phone a label column would leave the bars no room: the name moves above its bar and
  // the progress line below it, both as wide as the plot allows.
  const narrow = isNarrow(ctx);
  const labelWidth = narrow ? 0 : Math.round(Math.min(220, Math.max(72, ctx.width * 0.28)));
  // Text wraps short of the target line, which would otherwise run through it. A phone's plot
  // edges are set outright, so there the line's place is known; ECharts shrinks the wide plot
  // to fit its axis labels, so there the estimate keeps a wider margin.
  const plotWidth = narrow ? ctx.width - 44 : Math.max(120, ctx.width - labelWidth - 48);
  const textRoom = Math.round((plotWidth * 100) / PERCENT_CAP) - (narrow ? 8 : 16);
  const names = targets.map((t) => targetName(t, lang));
  const progress = targets.map((t) => progressLine(t, ctx.now, lang));
  const above = narrow ? names : progress;
  const below = narrow ? progress : null;
  const linesOf = (texts: readonly string[]) =>
    Math.max(...texts.map((l) => wrappedLines(l, px, textRoom)));
  const textLines = Math.max(linesOf(above), below ? linesOf(below) : 0);
  const barWidth = Math.round(12 * ctx.fontScale);
  // ECharts centres a bar in its row, so the row leaves the text's height on both sides of it.
  const rowHeight = barWidth + 2 * (textLines * lineHeight + 6);
  const top = lineHeight + 12;
  const height = top + targets.length * rowHeight + 32;
  const tips = targets.map((t) => tooltipFor(t, ctx.now, lang, model.manifest));
  const sources = [...new Set(targets.flatMap(targetSources))];
  const description = describe(targets, name, ctx.now, lang);
  const base = baseOption(ctx, description);
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
    formatter: (p: { dataIndex: number }) => texts[p.dataIndex] ?? '',
  });
  const band = {
    type: 'bar',
    barWidth,
    barGap: '-100%',
    emphasis: { disabled: true },
    data: targets.map(() => PERCENT_CAP),
  };

  return sourcedChart(
    {
      title: builtTitle,
      option: {
        ...base,
        tooltip: itemTooltip(base, (p) => tips[(p as { dataIndex: number }).dataIndex] ?? ''),
        grid: narrow
          ? { left: 16, right: 28, top, bottom: 32, outerBoundsMode: 'none' }
          : {
              left: 8,
              right: 28,
              top,
              bottom: 8,
              outerBoundsMode: 'same',
              outerBoundsContain: 'axisLabel',
            },
        xAxis: {
          type: 'value',
          min: 0,
          max: PERCENT_CAP,
          interval: narrow ? 40 : 20,
          axisLabel: { formatter: '{value}%', color: colors.muted },
          splitLine: { lineStyle: { color: colors.grid } },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: names,
          axisTick: { show: false },
          axisLine: { lineStyle: { color: colors.axis } },
          axisLabel: {
            show: !narrow,
            color: colors.text,
            width: labelWidth,
            height: rowHeight - 4,
            lineHeight,
            overflow: 'break',
            lineOverflow: 'truncate',
          },
        },
        series: [
          {
            // The track: a full-width band per row that carries the text, drawn for no-data rows too.
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
                      color: statusColor(t.status, colors),
                      ...(STATUS[t.status].decal ? { decal: STATUS[t.status].decal } : {}),
                    },
                  },
            ),
          },
        ],
      },
      table: { columns: COLUMNS(lang), rows: targets.map((t) => tableRow(t, lang)) },
      height,
      description,
    },
    sources,
  );
}

export const targetsChart: ChartDefinition = { id: 'targets', title, build: buildTargets };
