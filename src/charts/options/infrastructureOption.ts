import type { Measured, Period, Sourced, Unit } from '../../data/types';
import { formatNumber, formatPeriod, formatValue, unitLabel, type Lang } from '../../i18n/format';
import { FLAG_LABELS } from '../../i18n/labels';
import { labelOf, pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { childComparisons, infrastructureByUnit, type InfraSlot } from '../../model/infrastructure';
import { baseOption, fontSize } from '../baseOption';
import { tooltipLines } from '../escapeHtml';
import { THEMES } from '../theme';
import {
  flagsOf,
  sourceFilesOf,
  type BuiltChart,
  type Cell,
  type ChartContext,
  type ChartDefinition,
  type TableColumn,
} from '../chartTypes';

// The helpers below are shared by the funds, infrastructure, causes and headcount charts, which
// all draw sourced rows in one small panel per unit so that no value axis mixes units.

/** A row any of these charts draws: indicator, fund or infrastructure. */
export type ChartRow = Sourced &
  Measured & {
    labelZh: string;
    labelEn: string;
    period: Period;
    measure: 'actual' | 'planned' | 'target';
  };

const MEASURES = {
  actual: { zh: '实际', en: 'actual' },
  planned: { zh: '计划', en: 'planned' },
  target: { zh: '目标', en: 'target' },
} as const;
/** Unit names for axes and tables; a bare count has no suffix in English, so it gets a word. */
export const unitName = (unit: Unit, lang: Lang): string =>
  unitLabel(unit, lang) || pick(lang, '个', 'count');

export const measureLabel = (m: ChartRow['measure'], lang: Lang): string => MEASURES[m][lang];

export const regionName = (model: DashboardModel, code: string, lang: Lang): string => {
  const r = model.region(code);
  if (!r) return code;
  return lang === 'en' && r.nameEn !== '' ? r.nameEn : r.name;
};

export const chartTitle = (model: DashboardModel, ctx: ChartContext, title: string): string =>
  `${regionName(model, ctx.region, ctx.lang)} · ${title}`;

/** "⚠ 存疑" for a flagged row, so the flag is read in the label itself, not only in a footnote. */
export const flagMark = (row: Sourced, lang: Lang): string =>
  row.qualityFlag ? `⚠ ${FLAG_LABELS[row.qualityFlag][lang]}` : '';

/** The value as the source states it (qualifier kept), with the flag mark. */
export const valueText = (row: ChartRow, lang: Lang): string =>
  [formatValue(row.value, row.unit, lang, row.qualifier, row.valueMax), flagMark(row, lang)]
    .filter(Boolean)
    .join(' ');

/** A data item that knows its row, so labels and tooltips never re-derive it. */
export interface BarItem {
  value: number;
  rowId: string;
  text: string;
}

export const barItem = (row: ChartRow, text: string): BarItem => ({
  value: row.value,
  rowId: row.id,
  text,
});

const itemOf = (p: unknown): BarItem | null => {
  const data = (p as { data?: unknown }).data;
  return data && typeof data === 'object' && 'rowId' in data ? (data as BarItem) : null;
};

export const itemLabel = (p: unknown): string => itemOf(p)?.text ?? '';

/** Tooltip formatter: every line goes through tooltipLines, since labels come from data files. */
export function rowTooltip<T extends ChartRow>(
  rows: ReadonlyMap<string, T>,
  lang: Lang,
  extra: (row: T) => string[] = () => [],
): (p: unknown) => string {
  return (p) => {
    const item = itemOf(p);
    const row = item ? rows.get(item.rowId) : undefined;
    if (!item || !row) return '';
    return tooltipLines([
      labelOf(row, lang),
      ...extra(row),
      `${formatPeriod(row.period, lang)} · ${measureLabel(row.measure, lang)}`,
      item.text,
      row.qualityFlag
        ? `${flagMark(row, lang)}${row.qualityNote ? pick(lang, '：', ': ') + row.qualityNote : ''}`
        : null,
      pick(lang, `来源：「${row.sourceQuote}」`, `Source: “${row.sourceQuote}”`),
    ]);
  };
}

export function rowColumns(
  lang: Lang,
  rows: readonly ChartRow[],
  extra: TableColumn[] = [],
): TableColumn[] {
  const range = rows.some((r) => r.valueMax !== null);
  return [
    ...extra,
    { key: 'label', label: pick(lang, '项目', 'Item') },
    { key: 'period', label: pick(lang, '时期', 'Period') },
    { key: 'measure', label: pick(lang, '口径', 'Measure') },
    { key: 'value', label: pick(lang, '数值', 'Value'), numeric: true },
    ...(range
      ? [{ key: 'value_max', label: pick(lang, '上限', 'Upper bound'), numeric: true }]
      : []),
    { key: 'unit', label: pick(lang, '单位', 'Unit') },
    { key: 'shown', label: pick(lang, '原文表述', 'As stated') },
    { key: 'source', label: pick(lang, '来源原文', 'Source quote') },
    { key: 'source_file', label: pick(lang, '来源文件', 'Source file') },
    { key: 'flag', label: pick(lang, '质量提示', 'Quality flag') },
  ];
}

/** One table row: the drawn number, exactly as drawn, with its source and flag. */
export const rowCells = (
  row: ChartRow,
  lang: Lang,
  extra: Record<string, Cell> = {},
): Record<string, Cell> => ({
  ...extra,
  id: row.id,
  label: labelOf(row, lang),
  period: formatPeriod(row.period, lang),
  measure: measureLabel(row.measure, lang),
  value: row.value,
  value_max: row.valueMax,
  unit: unitName(row.unit, lang),
  shown: formatValue(row.value, row.unit, lang, row.qualifier, row.valueMax),
  source: row.sourceQuote,
  source_file: row.sourceFile,
  flag: row.qualityFlag ? [flagMark(row, lang), row.qualityNote].filter(Boolean).join(' ') : null,
});

/** Planned and target amounts: outlined and hatched, so they read apart from actuals without colour. */
export const hollowStyle = (color: string) => ({
  color: 'transparent',
  borderColor: color,
  borderWidth: 1.5,
  borderType: 'dashed',
  decal: { symbol: 'rect', color, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 },
});

export interface Panel {
  title: string;
  unit: Unit;
  categories: string[];
  /** 'y' lists categories down the side (horizontal bars); 'x' along the bottom. */
  categoryAxis: 'x' | 'y';
  series: Array<Record<string, unknown>>;
  plotHeight: number;
}

/** Plot height for horizontal bars: room for each category's bars side by side. */
export const barsHeight = (categories: number, barsPerCategory: number): number =>
  Math.max(48, categories * (barsPerCategory * 16 + 14));

/** Bar and point labels in the theme's text colour, scaled with the rest of the type. */
const themedLabel = (label: unknown, ctx: ChartContext) => {
  if (!label || typeof label !== 'object') return label;
  const l = label as { fontSize?: number };
  return { color: THEMES[ctx.theme].text, ...l, fontSize: fontSize(ctx, l.fontSize ?? 12) };
};

/** Panels stacked top to bottom, one grid and one value axis each, so units never share an axis. */
export function stackPanels(panels: readonly Panel[], ctx: ChartContext, top: number) {
  const colors = THEMES[ctx.theme];
  const titleH = fontSize(ctx, 22);
  const grid: object[] = [];
  const xAxis: object[] = [];
  const yAxis: object[] = [];
  const title: object[] = [];
  const series: object[] = [];
  let y = top;
  panels.forEach((p, i) => {
    const horizontal = p.categoryAxis === 'y';
    title.push({
      text: p.title,
      top: y,
      left: 4,
      textStyle: { fontSize: fontSize(ctx, 13), fontWeight: 'bold', color: colors.text },
    });
    // Vertical panels leave room above the plot for the value axis name (the unit).
    const gridTop = y + titleH + (horizontal ? 4 : fontSize(ctx, 30));
    const plotHeight = Math.round(p.plotHeight * ctx.fontScale);
    grid.push({ top: gridTop, height: plotHeight, left: 8, right: horizontal ? 120 : 24 });
    const category = {
      type: 'category',
      gridIndex: i,
      data: p.categories,
      inverse: horizontal,
      axisLabel: {
        color: colors.text,
        width: horizontal ? 170 : undefined,
        overflow: 'truncate',
        hideOverlap: !horizontal,
      },
      axisLine: { lineStyle: { color: colors.axis } },
    };
    const value = {
      type: 'value',
      gridIndex: i,
      name: unitName(p.unit, ctx.lang),
      nameTextStyle: { color: colors.muted },
      minInterval: p.unit === 'percent' ? undefined : 1,
      axisLabel: {
        color: colors.muted,
        formatter: (v: number) => formatNumber(v, ctx.lang, 1),
        hideOverlap: true,
      },
      splitLine: { lineStyle: { color: colors.grid } },
    };
    xAxis.push(horizontal ? value : category);
    yAxis.push(horizontal ? category : value);
    for (const s of p.series)
      series.push({ ...s, label: themedLabel(s.label, ctx), xAxisIndex: i, yAxisIndex: i });
    y = gridTop + plotHeight + fontSize(ctx, horizontal ? 30 : 40);
  });
  return { parts: { title, grid, xAxis, yAxis, series }, height: y };
}

/** A legend across the top, for charts whose series are told apart by name. */
export const LEGEND_HEIGHT = 32;
export const topLegend = (ctx: ChartContext) => ({
  type: 'scroll',
  top: 0,
  left: 4,
  right: 4,
  textStyle: { color: THEMES[ctx.theme].text },
});

/** Tooltip merged onto the base one, so confine and font stay. */
export const itemTooltip = (base: Record<string, unknown>, formatter: (p: unknown) => string) => ({
  ...(base.tooltip as object),
  trigger: 'item',
  formatter,
});

export const emptyTable = { columns: [], rows: [] };

// ---- The infrastructure chart ----

const title = (lang: Lang) => pick(lang, '基础设施与公共服务', 'Infrastructure and services');

/** The period on its own line, so truncating a long printed label never hides it. */
function slotLabel(slot: InfraSlot, lang: Lang): string {
  return `${labelOf((slot.actual ?? slot.target)!, lang)}\n${formatPeriod(slot.period, lang)}`;
}

export function buildInfrastructure(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const name = regionName(model, ctx.region, lang);
  const groups = infrastructureByUnit(model.facts(ctx.region).infrastructure);
  const { comparisons, childrenWithData } = childComparisons(model, ctx.region);
  const drawn: ChartRow[] = [];
  const regionOf = new Map<string, string>();
  const panels: Panel[] = [];

  for (const g of groups) {
    const hasTarget = g.slots.some((s) => s.target);
    const items = (m: 'actual' | 'target') =>
      g.slots.map((s) => {
        const row = s[m];
        if (!row) return null;
        drawn.push(row);
        return barItem(row, valueText(row, lang));
      });
    const actual = {
      name: measureLabel('actual', lang),
      type: 'bar',
      data: items('actual'),
      itemStyle: { color: colors.actual },
    };
    const target = {
      name: measureLabel('target', lang),
      type: 'bar',
      data: items('target'),
      itemStyle: hollowStyle(colors.target),
    };
    const series = (hasTarget ? [actual, target] : [actual]).map((s) => ({
      ...s,
      barMaxWidth: 18,
      label: { show: true, position: 'right', formatter: itemLabel },
    }));
    panels.push({
      title: pick(
        lang,
        `${name}（单位：${unitName(g.unit, lang)}）`,
        `${name} (${unitName(g.unit, lang)})`,
      ),
      unit: g.unit,
      categoryAxis: 'y',
      categories: g.slots.map((s) => slotLabel(s, lang)),
      series,
      plotHeight: barsHeight(g.slots.length, series.length),
    });
  }

  for (const c of comparisons) {
    // Children may print one key differently ("红薯种植", "药材种植"): the title names them all.
    const labels = [...new Set(c.entries.map((e) => labelOf(e.row, lang)))];
    const heading =
      labels.length <= 2 ? labels.join(' / ') : `${labels[0]} ${pick(lang, '等', 'etc.')}`;
    panels.push({
      title: pick(
        lang,
        `下级比较：${heading}（单位：${unitName(c.unit, lang)}）`,
        `By subdivision: ${heading} (${unitName(c.unit, lang)})`,
      ),
      unit: c.unit,
      categoryAxis: 'y',
      categories: c.entries.map(
        (e) => `${regionName(model, e.region.code, lang)}\n${formatPeriod(e.row.period, lang)}`,
      ),
      series: [
        {
          name: measureLabel('actual', lang),
          type: 'bar',
          barMaxWidth: 18,
          itemStyle: { color: colors.actual },
          label: { show: true, position: 'right', formatter: itemLabel },
          data: c.entries.map((e) => {
            drawn.push(e.row);
            regionOf.set(e.row.id, regionName(model, e.region.code, lang));
            return barItem(e.row, valueText(e.row, lang));
          }),
        },
      ],
      plotHeight: barsHeight(c.entries.length, 1),
    });
  }

  const children = model.regions.children(ctx.region).length;
  const why =
    comparisons.length > 0
      ? pick(
          lang,
          `下级比较 ${comparisons.length} 项（类别与单位均一致）。`,
          `${comparisons.length} categories compared across subdivisions (same key and unit).`,
        )
      : childrenWithData >= 2
        ? pick(
            lang,
            '下级地区的设施类别或单位互不一致，不作横向比较。',
            'Subdivisions report different categories or units, so they are not compared.',
          )
        : children > 0
          ? pick(
              lang,
              '不足两个下级地区有设施数据，不作横向比较。',
              'Fewer than two subdivisions have figures, so none are compared.',
            )
          : '';
  const builtTitle = chartTitle(model, ctx, title(lang));
  if (panels.length === 0) {
    return {
      title: builtTitle,
      option: null,
      table: emptyTable,
      sourceFiles: [],
      flags: [],
      maps: [],
      height: 0,
      description: pick(
        lang,
        `${name}无设施与服务数据。`,
        `No infrastructure figures for ${name}.`,
      ),
    };
  }

  const own = groups.reduce((n, g) => n + g.slots.length, 0);
  const flagged = drawn.filter((r) => r.qualityFlag).length;
  const description = [
    own > 0
      ? pick(
          lang,
          `${name}设施与服务 ${own} 项，按单位分 ${groups.length} 组（${groups.map((g) => unitName(g.unit, lang)).join('、')}），各组单独坐标。`,
          `${name}: ${own} infrastructure and service items in ${groups.length} unit groups (${groups.map((g) => unitName(g.unit, lang)).join(', ')}), each on its own axis.`,
        )
      : pick(lang, `${name}本级无设施数据。`, `${name} reports no figures of its own.`),
    flagged > 0 ? pick(lang, `${flagged} 项标有质量提示（⚠）。`, `${flagged} flagged (⚠).`) : '',
    why,
  ]
    .filter(Boolean)
    .join(pick(lang, '', ' '));

  const base = baseOption(ctx, description);
  const { parts, height } = stackPanels(panels, ctx, LEGEND_HEIGHT);
  const rowsById = new Map(drawn.map((r) => [r.id, r]));
  const regionColumn = { key: 'region', label: pick(lang, '地区', 'Region') };
  return {
    title: builtTitle,
    option: {
      ...base,
      ...parts,
      legend: topLegend(ctx),
      tooltip: itemTooltip(
        base,
        rowTooltip(rowsById, lang, (r) => [regionOf.get(r.id) ?? name]),
      ),
    },
    table: {
      columns: rowColumns(lang, drawn, [regionColumn]),
      rows: drawn.map((r) => rowCells(r, lang, { region: regionOf.get(r.id) ?? name })),
    },
    sourceFiles: sourceFilesOf(drawn),
    flags: flagsOf(drawn),
    maps: [],
    height,
    description,
  };
}

export const infrastructureChart: ChartDefinition = {
  id: 'infrastructure',
  title,
  build: buildInfrastructure,
};
