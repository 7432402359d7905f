import type { ExitStatus, Level, Manifest, Measured, Region, Sourced } from '../../data/types';
import { formatNumber, formatValue, unitLabel, type Lang } from '../../i18n/format';
import { derivationText, partText, regionNameOf } from '../../i18n/figureNotes';
import { FLAG_LABELS, METRIC_LABELS } from '../../i18n/labels';
import { pick } from '../../i18n/pick';
import { sourceName } from '../../i18n/sourceName';
import type { DashboardModel } from '../../model/dashboardModel';
import {
  childDots,
  mapData,
  villagePoints,
  type MapEntry,
  type PlacedEntry,
  type VillagePoint,
} from './mapModel';
import { isWhole } from '../../model/coverage';
import type { MetricValue } from '../../model/metrics';
import { axisLabel, baseOption, fontSize } from '../baseOption';
import { labelsInside } from '../labelsInside';
import {
  flagsOf,
  sourceFilesOf,
  type BuiltChart,
  type Cell,
  type ChartContext,
  type ChartTable,
} from '../chartTypes';
import { tooltipLines } from '../escapeHtml';
import { BOUNDARY_SOURCE, mapForRegion } from '../mapCatalog';
import { THEMES } from '../theme';
import { noDataChart } from '../builtChart';
import { brokenText } from '../textFit';

type DrawnAs = 'area' | 'marker' | 'bar' | 'none';

interface Drawn {
  entry: MapEntry;
  as: DrawnAs;
}

type Pin = PlacedEntry;

const CHILD_NOUN: Partial<Record<Level, { zh: string; en: string }>> = {
  nation: { zh: '各省份', en: 'province' },
  province: { zh: '各市州', en: 'prefecture' },
  prefecture: { zh: '各县区', en: 'county' },
};

const nameOf = regionNameOf;

// A range keeps its upper end on the row; a derived value has no single row to read it from.
function valueText(v: MetricValue, lang: Lang): string {
  const row = v.sources.length === 1 ? (v.sources[0] as Sourced & Partial<Measured>) : null;
  const max = v.qualifier === 'range' && v.derivation === null ? (row?.valueMax ?? null) : null;
  return formatValue(v.value, v.unit, lang, v.qualifier, max);
}

/**
 * Coloured on the common scale only when it is the region's whole figure for the metric: a part
 * of its subdivisions, or one year's exit rate, would be read as the region's total or progress.
 */
const comparable = (v: MetricValue): boolean =>
  isWhole(v.coverage) && v.derivation?.kind !== 'year_rate';

/** The value with its year, and what it covers when it is not the region's own total. */
function labelText(v: MetricValue, lang: Lang): string {
  const year =
    v.derivation?.kind === 'year_rate'
      ? pick(lang, `${v.year}年当年`, `in ${v.year}`)
      : pick(lang, `${v.year}年`, String(v.year));
  const value = `${valueText(v, lang)} · ${year}`;
  return v.coverage.kind === 'part' ? pick(lang, `（部分）${value}`, `(partial) ${value}`) : value;
}

const shortQuote = (q: string): string => (q.length > 40 ? `${q.slice(0, 40)}…` : q);

function sourceLines(sources: readonly Sourced[], manifest: Manifest | null, lang: Lang): string[] {
  const lines = sources
    .slice(0, 2)
    .map((s) =>
      pick(
        lang,
        `来源：${sourceName(manifest, s.sourceFile, lang, 'short')}「${shortQuote(s.sourceQuote)}」`,
        `Source: ${sourceName(manifest, s.sourceFile, lang, 'short')} “${shortQuote(s.sourceQuote)}”`,
      ),
    );
  const more = sources.length - lines.length;
  if (more > 0)
    lines.push(pick(lang, `另有${more}条来源，见表格`, `${more} more sources in the table`));
  return lines;
}

const flagLines = (sources: readonly Sourced[], lang: Lang): string[] =>
  flagsOf(sources, lang).map(
    (f) =>
      `⚠ ${FLAG_LABELS[f.flag][lang]}${f.note === '' ? '' : pick(lang, `：${f.note}`, `: ${f.note}`)}`,
  );

function tooltipOf(e: MapEntry, ctx: ChartContext, manifest: Manifest | null): string {
  const { lang } = ctx;
  const name = nameOf(e.region, lang);
  const v = e.value;
  if (!v) return tooltipLines([name, pick(lang, '无数据', 'No data')]);
  return tooltipLines([
    name,
    `${METRIC_LABELS[ctx.metric][lang]}${pick(lang, '：', ': ')}${valueText(v, lang)}`,
    pick(lang, `数据年份：${v.year}年`, `Year: ${v.year}`),
    v.year < ctx.year
      ? pick(lang, `${ctx.year}年无更新数据`, `No newer figure by ${ctx.year}`)
      : null,
    partText(v.coverage, lang),
    derivationText(v.derivation, v.coverage, lang),
    ...sourceLines(v.sources, manifest, lang),
    ...flagLines(v.sources, lang),
  ]);
}

/** Hatched as well as grey, so "no data" never rests on colour alone. */
function noDataDecal(ctx: ChartContext) {
  return {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [1, 0],
    dashArrayY: [1.5, 5],
    rotation: Math.PI / 4,
    color: ctx.theme === 'dark' ? 'rgba(255,255,255,0.22)' : 'rgba(0,0,0,0.16)',
  };
}

/** 1, 2 or 5 times a power of ten, at or above n: round class breaks for the legend. */
function niceCeil(n: number): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * p).find((c) => c >= n)!;
}

function tableOf(drawn: readonly Drawn[], lang: Lang): ChartTable {
  const asLabel: Record<DrawnAs, string> = {
    area: pick(lang, '区域', 'area'),
    marker: pick(lang, '标记', 'marker'),
    bar: pick(lang, '条形（无边界）', 'bar (no boundary)'),
    none: pick(lang, '未绘制（无边界、无坐标）', 'not drawn (no boundary or coordinates)'),
  };
  const rows = drawn.map(({ entry: { region, value: v }, as }): Record<string, Cell> => ({
    name: nameOf(region, lang),
    code: region.code,
    drawn_as: asLabel[as],
    value: v?.value ?? null,
    qualifier: v?.qualifier ?? null,
    unit: v?.unit ?? null,
    year: v ? String(v.year) : null,
    coverage: v ? partText(v.coverage, lang) : null,
    note: v ? derivationText(v.derivation, v.coverage, lang) : null,
    source: v ? [...new Set(v.sources.map((s) => s.sourceQuote))].join(' / ') : null,
    source_file: v ? sourceFilesOf(v.sources).join(' ') : null,
    flag: v ? [...new Set(flagsOf(v.sources, lang).map((f) => f.flag))].join(', ') || null : null,
  }));
  const col = (key: string, zh: string, en: string, numeric = false) => ({
    key,
    label: pick(lang, zh, en),
    numeric,
  });
  return {
    columns: [
      col('name', '地区', 'Region'),
      col('code', '代码', 'Code'),
      col('drawn_as', '绘制方式', 'Drawn as'),
      col('value', '数值', 'Value', true),
      col('qualifier', '限定', 'Qualifier'),
      col('unit', '单位', 'Unit'),
      // A year is a label, not a quantity: no digit grouping ("2,015").
      col('year', '年份', 'Year'),
      col('coverage', '覆盖范围', 'Coverage'),
      col('note', '计算说明', 'How derived'),
      col('source', '原文', 'Source quote'),
      col('source_file', '来源文件', 'Source file'),
      col('flag', '质量标记', 'Flag'),
    ],
    rows,
  };
}

function describe(
  region: Region,
  children: readonly MapEntry[],
  pins: readonly Pin[],
  highlight: Region | undefined,
  ctx: ChartContext,
): string {
  const { lang } = ctx;
  const noun = CHILD_NOUN[region.level] ?? { zh: '各下级地区', en: 'subdivision' };
  const withData = children.filter((c) => c.value !== null).length;
  const metric = METRIC_LABELS[ctx.metric][lang];
  const marked = pins.map((m) => nameOf(m.entry.region, lang));
  return lang === 'zh'
    ? `${region.name}${noun.zh}${metric}地图（${ctx.year}年）：${withData}个有数据，${children.length - withData}个无数据。` +
        (highlight ? `所选地区：${highlight.name}。` : '') +
        (marked.length > 0 ? `标记：${marked.join('、')}。` : '')
    : `Map of ${metric.toLowerCase()} by ${noun.en} in ${nameOf(region, lang)}, ${ctx.year}: ${withData} with data, ${children.length - withData} without.` +
        (highlight ? ` Selected: ${nameOf(highlight, lang)}.` : '') +
        (marked.length > 0 ? ` Marked: ${marked.join(', ')}.` : '');
}

/** Area labels show the value; the nation labels only what has one, or 34 names bury the pins. */
function geoComponent(
  map: string,
  areas: readonly MapEntry[],
  pinned: ReadonlySet<string>,
  highlight: string | null,
  /** The nation, or a backdrop for dots: only areas with a value, or the selected one, named. */
  fewLabels: boolean,
  ctx: ChartContext,
) {
  const national = fewLabels;
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const labels = new Map(
    areas.map((a) => [
      nameOf(a.region, lang),
      a.value ? `${nameOf(a.region, lang)}\n${labelText(a.value, lang)}` : nameOf(a.region, lang),
    ]),
  );
  const nameMap = Object.fromEntries(
    areas.filter((a) => a.region.nameEn !== '').map((a) => [a.region.name, a.region.nameEn]),
  );
  const regions = areas.flatMap((a) => {
    const selected = a.region.code === highlight;
    const pin = pinned.has(a.region.code);
    const show = !national || selected || a.value !== null;
    if (!selected && !pin && show === !national) return [];
    return [
      {
        name: nameOf(a.region, lang),
        // A pin sits at the centroid, about where the label would be: move the label below it.
        label: {
          show,
          ...(pin ? { offset: [0, fontSize(ctx, 20)] } : {}),
          ...(selected ? { fontWeight: 'bold', fontSize: fontSize(ctx, 12) } : {}),
        },
        ...(selected ? { itemStyle: { borderColor: colors.text, borderWidth: 2.5 } } : {}),
      },
    ];
  });
  return {
    map,
    roam: false,
    ...(lang === 'en' ? { nameMap } : {}),
    // Leaves the bottom-left corner to the legend.
    // The top leaves room for the 示意图 note (two lines when narrow).
    ...(ctx.width >= 560
      ? { left: 150, right: 16, top: fontSize(ctx, 30), bottom: 28 }
      : { left: 100, right: 8, top: fontSize(ctx, 40), bottom: 28 }),
    label: {
      show: !national,
      color: colors.text,
      textBorderColor: colors.background,
      textBorderWidth: 2,
      fontSize: fontSize(ctx, 10),
      formatter: (p: { name: string }) => labels.get(p.name) ?? p.name,
    },
    itemStyle: { areaColor: colors.noData, borderColor: colors.background, borderWidth: 0.8 },
    emphasis: { label: { show: true }, itemStyle: { areaColor: colors.target } },
    select: { disabled: true },
    regions,
  };
}

/** The colour scale of the map's areas (series 0), or of the dots (series 1, value dimension 2). */
function visualMapOf(
  areas: readonly MapEntry[],
  ctx: ChartContext,
  dots: boolean,
  keyRows: number,
) {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const values = areas.flatMap((a) => (a.value && comparable(a.value) ? [a.value] : []));
  if (values.length === 0) return [];
  const metric = METRIC_LABELS[ctx.metric][lang];
  const unit = unitLabel(values[0]!.unit, lang);
  return [
    {
      type: 'piecewise',
      seriesIndex: dots ? 1 : 0,
      ...(dots ? { dimension: 2 } : {}),
      min: 0,
      max: ctx.metric === 'exit_share' ? 100 : niceCeil(Math.max(...values.map((v) => v.value))),
      splitNumber: 5,
      inRange: { color: colors.ramp },
      formatter: (lo: number, hi: number) => `${formatNumber(lo, lang)}–${formatNumber(hi, lang)}`,
      text: [pick(lang, `${metric}（${unit}）`, `${metric} (${unit})`), ''],
      showLabel: true,
      textStyle: { color: colors.text, fontSize: fontSize(ctx, 11) },
      orient: 'vertical',
      left: 8,
      // Above the key, however many lines it takes and however large a wall draws them.
      bottom: Math.max(32, 16 + keyRows * keyLineHeight(ctx)),
    },
  ];
}

function pinText(e: MapEntry, lang: Lang): string {
  const name = nameOf(e.region, lang);
  return e.value ? `${name} ${labelText(e.value, lang)}` : name;
}

function markerSeries(
  pins: readonly Pin[],
  childCodes: ReadonlySet<string>,
  highlight: string | null,
  national: boolean,
  ctx: ChartContext,
  manifest: Manifest | null,
  /** Dots for subdivisions without polygons: filled by value on the map's colour scale. */
  dots = false,
) {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const fs = (px: number) => fontSize(ctx, px);
  const rank = (p: Pin) => (p.entry.region.code === highlight ? 2 : p.entry.value ? 1 : 0);
  return {
    type: 'scatter',
    name: pick(lang, '有数据的地区', 'Regions with data'),
    coordinateSystem: 'geo',
    geoIndex: 0,
    z: 5,
    itemStyle: { color: colors.target, borderColor: colors.text, borderWidth: 1 },
    label: {
      show: true,
      position: 'right',
      color: colors.text,
      textBorderColor: colors.background,
      textBorderWidth: 2,
      fontSize: fs(11),
      formatter: (p: { data?: { text?: string } }) => p.data?.text ?? '',
    },
    // A label running off the right edge goes to the pin's left instead.
    labelLayout: (p: { rect: { x: number }; labelRect: { x: number; width: number } }) =>
      p.labelRect.x + p.labelRect.width > ctx.width - 4
        ? { hideOverlap: true, x: p.rect.x - 4, align: 'right' }
        : { hideOverlap: true },
    // Pins with a value are drawn last, so the empty ones around them never cover them.
    data: [...pins]
      .sort((x, y) => rank(x) - rank(y))
      .map(({ entry, coord }) => {
        const { region, value } = entry;
        // Only a polygon-less selection needs its pin to stand out; an area gets a thick outline.
        const selected = region.code === highlight && entry.shape === 'point';
        // An area's label already names it. Below the nation, where area names crowd the map,
        // a pin without a value is named only if it is a polygon-less child: else by tooltip.
        const isArea = entry.shape === 'area' && childCodes.has(region.code);
        const labelled =
          !isArea &&
          (national || value !== null || (entry.shape === 'point' && childCodes.has(region.code)));
        const scaled = dots && value !== null && comparable(value);
        return {
          name: nameOf(region, lang),
          value: [coord[0], coord[1], dots && !scaled ? null : (value?.value ?? null)],
          adcode: region.code,
          tip: tooltipOf(entry, ctx, manifest),
          text: labelled ? pinText(entry, lang) : '',
          // Larger symbols win label overlaps, so pins with a value keep their labels.
          symbol: selected ? 'diamond' : value ? 'circle' : 'emptyCircle',
          symbolSize: fs(selected ? 16 : value ? 11 : 7),
          itemStyle: scaled
            ? { borderWidth: 1, opacity: 1 }
            : dots && value
              ? { color: colors.noData, decal: noDataDecal(ctx), borderWidth: 1 }
              : value
                ? { borderWidth: selected ? 2.5 : 1 }
                : { color: colors.muted, borderWidth: selected ? 2.5 : 1 },
        };
      }),
  };
}

/** Older figures keep their colour, faded, so the map never passes them off as this year's. */
const OLDER_OPACITY = 0.45;

/** Says in words what hatching, fading and pins mean, naming only what this map shows. */
function legendText(areas: readonly MapEntry[], pinned: boolean, ctx: ChartContext): string {
  const { lang } = ctx;
  const values = areas.flatMap((a) => (a.value ? [a.value] : []));
  const parts = [
    values.some((v) => !comparable(v))
      ? pick(
          lang,
          '灰色斜纹：无数据，或只有部分下级、单年的数字',
          'Grey hatched: no data, or only a part or a single year',
        )
      : pick(lang, '灰色斜纹：无数据', 'Grey hatched: no data'),
    values.some((v) => comparable(v) && v.year < ctx.year)
      ? pick(lang, `浅色：${ctx.year}年前的数据`, `Faded: figure from before ${ctx.year}`)
      : '',
    pinned ? pick(lang, '● 标记：有数据的地区', '● pins: regions with data') : '',
  ];
  return parts.filter(Boolean).join(pick(lang, '　', '   '));
}

/**
 * Every map is a schematic drawn from package boundaries of about end-2016, not a surveyed map:
 * it says so, with the source, and with the dataset's 审图号 when the manifest has one.
 */
export function schematicNote(manifest: Manifest | null, lang: Lang, own = false): string {
  const approval = manifest?.map_approval?.trim();
  return [
    pick(lang, '示意图', 'Schematic map'),
    own
      ? pick(
          lang,
          '边界：数据集自带（boundaries.geojson）',
          'Boundaries: the dataset’s own (boundaries.geojson)',
        )
      : BOUNDARY_SOURCE[lang],
    approval ? pick(lang, `审图号：${approval}`, `Map approval no. ${approval}`) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Above the areas and dots: a map zoomed to a county's villages spreads its neighbours over the
 * whole chart, and they would cover the key and the 示意图 note.
 */
const ABOVE_MAP = { z: 100 } as const;
const textBox = (ctx: ChartContext) => ({
  backgroundColor: THEMES[ctx.theme].background,
  padding: [1, 3],
});

/** The key's lines: one on a wide chart, as many as a phone's width needs. */
function keyLines(parts: readonly string[], ctx: ChartContext): string[] {
  const text = parts.filter(Boolean).join(pick(ctx.lang, '　', '   '));
  return brokenText(text, fontSize(ctx, 11), ctx.width - 24).split('\n');
}

const keyLineHeight = (ctx: ChartContext) => Math.round(fontSize(ctx, 11) * 1.4);

/** The key in the bottom-left corner: the map's and the bar ranking's words for what they draw. */
function keyGraphic(lines: readonly string[], ctx: ChartContext) {
  return {
    type: 'text',
    left: 8,
    bottom: 8,
    ...ABOVE_MAP,
    style: {
      text: lines.join('\n'),
      fill: THEMES[ctx.theme].text,
      fontSize: fontSize(ctx, 11),
      // One line keeps ECharts' own height, which the visual map above it allows for.
      ...(lines.length > 1 ? { lineHeight: keyLineHeight(ctx) } : {}),
      ...textBox(ctx),
    },
  };
}

function noteGraphic(manifest: Manifest | null, ctx: ChartContext, own = false) {
  return {
    type: 'text',
    // Anchored left with the chart's width to break in: a right-aligned box of that width
    // starts left of the chart's edge.
    left: 8,
    top: 2,
    ...ABOVE_MAP,
    style: {
      text: schematicNote(manifest, ctx.lang, own),
      fill: THEMES[ctx.theme].muted,
      fontSize: fontSize(ctx, 10),
      width: ctx.width - 22,
      overflow: 'break',
      ...textBox(ctx),
    },
  };
}

/**
 * A region whose children have no polygons: its children ranked as bars, under its own name,
 * never an ancestor's map. The map's coverage rules hold: partial or one-year figures are hatched
 * and labelled, older ones faded, and every label carries its year.
 */
function childRanking(
  region: Region,
  children: readonly MapEntry[],
  ctx: ChartContext,
  manifest: Manifest | null,
): BuiltChart {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const metric = METRIC_LABELS[ctx.metric][lang];
  const regionName = nameOf(region, lang);
  const ranked = children
    .filter((c) => c.value !== null)
    .sort((a, b) => b.value!.value - a.value!.value);
  const missing = children.length - ranked.length;
  const sources = ranked.flatMap((c) => c.value!.sources);
  const description = pick(
    lang,
    `${regionName}各下级地区${metric}排名（${ctx.year}年，无边界数据，不绘地图）：${ranked.length}个有数据，${missing}个无数据。`,
    `${metric} by subdivision of ${regionName}, ${ctx.year}, ranked (no boundaries, so no map): ${ranked.length} with data, ${missing} without.`,
  );
  const rowHeight = fontSize(ctx, 26);
  const built = {
    title: pick(
      lang,
      `${regionName}各下级地区${metric}（截至${ctx.year}年，无边界数据）`,
      `${metric} by subdivision: ${regionName}, as of ${ctx.year} (no boundaries)`,
    ),
    table: tableOf(
      children.map((entry) => ({ entry, as: (entry.value ? 'bar' : 'none') as DrawnAs })),
      lang,
    ),
    sourceFiles: sourceFilesOf(sources),
    flags: flagsOf(sources, lang),
    maps: [],
    height: Math.max(fontSize(ctx, 160), ranked.length * rowHeight + fontSize(ctx, 90)),
    description,
  };
  if (ranked.length === 0) return { ...built, option: null };
  const decal = noDataDecal(ctx);
  const common = baseOption(ctx, description);
  const option = {
    ...common,
    tooltip: {
      ...(common.tooltip as object),
      trigger: 'item',
      formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '',
    },
    grid: {
      left: 8,
      right: fontSize(ctx, 150),
      top: fontSize(ctx, 30),
      bottom: fontSize(ctx, 40),
      containLabel: true,
    },
    xAxis: {
      type: 'value',
      name: unitLabel(ranked[0]!.value!.unit, lang),
      axisLabel: axisLabel(ctx, {}),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((c) => nameOf(c.region, lang)),
      axisLabel: axisLabel(ctx, {}),
    },
    graphic: [
      keyGraphic(
        keyLines(
          [
            missing > 0
              ? pick(
                  lang,
                  `另有${missing}个地区无数据，见表格`,
                  `${missing} more without data: see the table`,
                )
              : '',
            legendText(ranked, false, ctx),
          ],
          ctx,
        ),
        ctx,
      ),
      noteGraphic(manifest, ctx),
    ],
    series: [
      {
        type: 'bar',
        barMaxWidth: rowHeight * 0.7,
        label: {
          show: true,
          position: 'right',
          color: colors.text,
          fontSize: fontSize(ctx, 11),
          formatter: (p: { data: { text: string } }) => p.data.text,
        },
        data: ranked.map((c) => {
          const v = c.value!;
          return {
            value: v.value,
            adcode: c.region.code,
            text: labelText(v, lang),
            tip: tooltipOf(c, ctx, manifest),
            itemStyle: !comparable(v)
              ? { color: colors.noData, decal }
              : { color: colors.target, opacity: v.year < ctx.year ? OLDER_OPACITY : 1 },
          };
        }),
      },
    ],
  };
  return { ...built, option: { ...option, series: labelsInside(option.series, ctx) } };
}

const VILLAGE_STATUS: Record<ExitStatus, { zh: string; en: string; symbol: string }> = {
  exited: { zh: '已出列', en: 'Exited', symbol: 'circle' },
  planned: { zh: '计划出列', en: 'Planned', symbol: 'triangle' },
  unknown: { zh: '状态不详', en: 'Status unknown', symbol: 'emptyCircle' },
};

/** Villages as points, told apart by shape as well as colour; the tooltip is text, escaped. */
function villageSeries(
  points: readonly VillagePoint[],
  ctx: ChartContext,
  manifest: Manifest | null,
) {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const colour: Record<ExitStatus, string> = {
    // Not a ramp colour: the dots sit on the choropleth and must stand out from any fill.
    exited: colors.text,
    planned: colors.target,
    unknown: colors.muted,
  };
  return {
    type: 'scatter',
    name: pick(lang, '贫困村', 'Poor villages'),
    coordinateSystem: 'geo',
    geoIndex: 0,
    z: 4,
    data: points.map(({ region, exit, coord }) => {
      const status = VILLAGE_STATUS[exit.status];
      return {
        name: nameOf(region, lang),
        value: [coord[0], coord[1]],
        adcode: region.code,
        symbol: status.symbol,
        symbolSize: fontSize(ctx, 7),
        itemStyle: { color: colour[exit.status], borderColor: colors.background, borderWidth: 1 },
        tip: tooltipLines([
          nameOf(region, lang),
          `${pick(lang, '状态：', 'Status: ')}${status[lang]}`,
          exit.plannedExitYear !== null
            ? pick(
                lang,
                `计划出列：${exit.plannedExitYear}年`,
                `Planned exit: ${exit.plannedExitYear}`,
              )
            : null,
          ...sourceLines([exit], manifest, lang),
          // Where the point comes from (regions.csv), named like any source; synthetic says so.
          region.source === exit.sourceFile
            ? null
            : pick(
                lang,
                `位置来源：${sourceName(manifest, region.source, lang, 'short')}`,
                `Location from: ${sourceName(manifest, region.source, lang, 'short')}`,
              ),
        ]),
      };
    }),
  };
}

/** The points' extent, padded: a county's villages fill the map instead of a speck. */
function pointBounds(points: ReadonlyArray<{ coord: readonly [number, number] }>): number[][] {
  const xs = points.map((p) => p.coord[0]);
  const ys = points.map((p) => p.coord[1]);
  const pad = Math.max(0.05, (Math.max(...xs) - Math.min(...xs)) * 0.15);
  return [
    [Math.min(...xs) - pad, Math.max(...ys) + pad],
    [Math.max(...xs) + pad, Math.min(...ys) - pad],
  ];
}

/**
 * The region's own map, unless none of its subdivisions has the metric while it has its own
 * figure: then an all-grey map of its subdivisions would hide the one figure there is, so the
 * region is drawn, highlighted with its figure, on the map of the region above it.
 */
function chooseMap(model: DashboardModel, ctx: ChartContext) {
  const own = mapForRegion(model, ctx.region);
  const ownData = own ? mapData(model, own.map, ctx.metric, ctx.year) : null;
  const silent =
    own !== null &&
    own.highlight === null &&
    ownData !== null &&
    ownData.children.length > 0 &&
    [...ownData.children, ...ownData.markers].every((e) => e.value === null) &&
    model.metric(ctx.metric, ctx.region, ctx.year) !== null;
  const parent = silent ? model.region(ctx.region)?.parentCode : null;
  const up = parent ? mapForRegion(model, parent) : null;
  if (!up) return { choice: own, data: ownData, childrenSilent: false };
  const choice = { map: up.map, highlight: ctx.region };
  return { choice, data: mapData(model, up.map, ctx.metric, ctx.year), childrenSilent: true };
}

/** Choropleth of ctx.metric over the children of the map chosen for ctx.region, with markers. */
export function buildMap(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const { choice, data, childrenSilent } = chooseMap(model, ctx);
  const metric = METRIC_LABELS[ctx.metric][lang];
  const height = Math.min(Math.round(560 * ctx.fontScale), Math.round(ctx.width * 0.75));
  if (!choice || !data) {
    const own = mapData(model, ctx.region, ctx.metric, ctx.year);
    if (own && own.children.length > 0)
      return childRanking(own.region, own.children, ctx, model.manifest);
    const description = pick(
      lang,
      `${metric}地图：该地区没有地图。`,
      `${metric} map: no map for this region.`,
    );
    // The empty table keeps its columns, so an export of it still says what it would hold.
    return {
      ...noDataChart(pick(lang, `${metric}地图`, `${metric} map`), description),
      table: tableOf([], lang),
      height,
    };
  }

  // A region drawn on an ancestor's map (a county on its prefecture's) whose children have no
  // polygons but can be placed: its own map, its children as dots coloured by value.
  const dots =
    choice.highlight !== null && !childrenSilent
      ? childDots(model, ctx.region, ctx.metric, ctx.year)
      : [];
  const own = dots.length > 0 ? mapData(model, ctx.region, ctx.metric, ctx.year) : null;
  const shown = own ?? data;
  const childCodes = new Set(shown.children.map((c) => c.region.code));
  // Positions come with the dataset (regions.csv lon/lat), so every medium that has the model
  // places the same pins; a region without them is listed in the table as not drawn.
  const pins: Pin[] = own
    ? dots
    : data.markers.flatMap((entry) => {
        const { lon, lat } = entry.region;
        return lon !== null && lat !== null ? [{ entry, coord: [lon, lat] as const }] : [];
      });
  const pinned = new Set(pins.map((m) => m.entry.region.code));
  const drawn: Drawn[] = [
    ...shown.children.map((entry): Drawn => ({
      entry,
      as: entry.shape === 'area' ? 'area' : pinned.has(entry.region.code) ? 'marker' : 'none',
    })),
    ...pins
      .filter((m) => !childCodes.has(m.entry.region.code))
      .map((m): Drawn => ({ entry: m.entry, as: 'marker' })),
  ];
  // With dots, the ancestor's areas are the backdrop: outlined, never coloured.
  const backdrop = data.children.filter((c) => c.shape === 'area');
  const areas = own ? [] : backdrop;
  const sources = drawn.flatMap((d) => d.entry.value?.sources ?? []);
  const regionName = nameOf(shown.region, lang);
  const highlight = own
    ? undefined
    : data.children.find((c) => c.region.code === choice.highlight)?.region;
  const description =
    describe(shown.region, shown.children, pins, highlight, ctx) +
    (own
      ? pick(
          lang,
          '下级地区无边界，以圆点绘于其位置。',
          ' Subdivisions have no boundaries: drawn as dots where they lie.',
        )
      : '') +
    (childrenSilent
      ? pick(
          lang,
          `${nameOf(highlight!, lang)}下级地区暂无数据。`,
          ` No figures below ${nameOf(highlight!, lang)}.`,
        )
      : '');
  const silentNote = childrenSilent
    ? pick(
        lang,
        `${nameOf(highlight ?? data.region, lang)}下级地区暂无数据`,
        `no figures below ${nameOf(highlight ?? data.region, lang)}`,
      )
    : '';
  const built = {
    title:
      pick(
        lang,
        `${regionName}${metric}地图（截至${ctx.year}年）`,
        `${metric} map: ${regionName}, as of ${ctx.year}`,
      ) + (silentNote ? ` · ${silentNote}` : ''),
    table: tableOf(drawn, lang),
    sourceFiles: sourceFilesOf(sources),
    flags: flagsOf(sources, lang),
    maps: [choice.map],
    ...(model.ownMaps.has(choice.map)
      ? { ownMaps: new Map([[choice.map, model.ownMaps.get(choice.map)!]]) }
      : {}),
    height,
    description,
  };
  // Drawn even when every child lacks the metric: hatched "no data" areas, and still the
  // control readers click to drill down.
  const decal = noDataDecal(ctx);
  const national = data.region.level === 'nation';
  const common = baseOption(ctx, description);
  // A township's dots are its villages already.
  const villages = dots.some((d) => d.entry.region.level === 'village')
    ? []
    : villagePoints(model, ctx.region);
  const geo = geoComponent(
    choice.map,
    own ? backdrop.map((a) => ({ ...a, value: null })) : areas,
    pinned,
    choice.highlight,
    national || own !== null,
    ctx,
  );
  const zoomTo = [...(own ? dots : []), ...villages];
  const key = keyLines(
    [
      legendText(own ? dots.map((d) => d.entry) : areas, pins.length > 0 && !own, ctx),
      own ? pick(lang, '圆点：无边界的下级地区', 'Dots: subdivisions without boundaries') : '',
      villages.length > 0
        ? pick(lang, '村：● 已出列 ▲ 计划出列 ○ 状态不详', 'Villages: ● exited ▲ planned ○ unknown')
        : '',
    ],
    ctx,
  );
  const option = {
    ...common,
    tooltip: {
      ...(common.tooltip as object),
      trigger: 'item',
      formatter: (p: { name?: string; data?: { tip?: string } }) =>
        p.data?.tip ?? tooltipLines([p.name ?? '', pick(lang, '无数据', 'No data')]),
    },
    geo: zoomTo.length > 0 ? { ...geo, boundingCoords: pointBounds(zoomTo) } : geo,
    visualMap: visualMapOf(own ? dots.map((d) => d.entry) : areas, ctx, own !== null, key.length),
    // Says in words what the hatching and the pins mean.
    graphic: [
      keyGraphic(key, ctx),
      noteGraphic(model.manifest, ctx, model.ownMaps.has(choice.map)),
    ],
    series: [
      {
        type: 'map',
        name: choice.map,
        geoIndex: 0,
        data: own
          ? backdrop.map((a) => ({
              name: nameOf(a.region, lang),
              value: null,
              adcode: a.region.code,
              tip: tooltipLines([nameOf(a.region, lang)]),
            }))
          : areas.map((a) => {
              const colour = a.value !== null && comparable(a.value);
              return {
                name: nameOf(a.region, lang),
                value: colour ? a.value!.value : null,
                adcode: a.region.code,
                tip: tooltipOf(a, ctx, model.manifest),
                ...(!colour
                  ? { itemStyle: { color: colors.noData, decal } }
                  : a.value!.year < ctx.year
                    ? { itemStyle: { opacity: OLDER_OPACITY } }
                    : {}),
              };
            }),
      },
      markerSeries(pins, childCodes, choice.highlight, national, ctx, model.manifest, own !== null),
      ...(villages.length > 0 ? [villageSeries(villages, ctx, model.manifest)] : []),
    ],
  };
  return { ...built, option: { ...option, series: labelsInside(option.series, ctx) } };
}

export const title = (lang: Lang): string => pick(lang, '地图', 'Map');
