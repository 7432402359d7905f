import type { Level, Manifest, Measured, Region, Sourced } from '../../data/types';
import { formatNumber, formatValue, unitLabel, type Lang } from '../../i18n/format';
import { derivationText, partText, regionNameOf } from '../../i18n/figureNotes';
import { FLAG_LABELS, METRIC_LABELS } from '../../i18n/labels';
import { pick } from '../../i18n/pick';
import { sourceName } from '../../i18n/sourceName';
import type { DashboardModel } from '../../model/dashboardModel';
import { mapData, type MapEntry } from '../../model/mapModel';
import { isWhole } from '../../model/coverage';
import type { MetricValue } from '../../model/metrics';
import { baseOption, fontSize } from '../baseOption';
import {
  flagsOf,
  sourceFilesOf,
  type BuiltChart,
  type Cell,
  type ChartContext,
  type ChartDefinition,
  type ChartTable,
} from '../chartTypes';
import { tooltipLines } from '../escapeHtml';
import { mapForRegion } from '../mapCatalog';
import { THEMES } from '../theme';

type DrawnAs = 'area' | 'marker' | 'none';

interface Drawn {
  entry: MapEntry;
  as: DrawnAs;
}

interface Pin {
  entry: MapEntry;
  coord: readonly [number, number];
}

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
  national: boolean,
  ctx: ChartContext,
) {
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
    ...(ctx.width >= 560
      ? { left: 150, right: 16, top: 16, bottom: 28 }
      : { left: 100, right: 8, top: 8, bottom: 28 }),
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

function visualMapOf(areas: readonly MapEntry[], ctx: ChartContext) {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const values = areas.flatMap((a) => (a.value && comparable(a.value) ? [a.value] : []));
  if (values.length === 0) return [];
  const metric = METRIC_LABELS[ctx.metric][lang];
  const unit = unitLabel(values[0]!.unit, lang);
  return [
    {
      type: 'piecewise',
      seriesIndex: 0,
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
      bottom: 32,
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
        return {
          name: nameOf(region, lang),
          value: [coord[0], coord[1], value?.value ?? null],
          adcode: region.code,
          tip: tooltipOf(entry, ctx, manifest),
          text: labelled ? pinText(entry, lang) : '',
          // Larger symbols win label overlaps, so pins with a value keep their labels.
          symbol: selected ? 'diamond' : value ? 'circle' : 'emptyCircle',
          symbolSize: fs(selected ? 16 : value ? 11 : 7),
          itemStyle: value
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
      ? pick(lang, '灰色斜纹：无数据或仅有部分数据', 'Grey hatched: no data, or partial only')
      : pick(lang, '灰色斜纹：无数据', 'Grey hatched: no data'),
    values.some((v) => comparable(v) && v.year < ctx.year)
      ? pick(lang, `浅色：${ctx.year}年前的数据`, `Faded: figure from before ${ctx.year}`)
      : '',
    pinned ? pick(lang, '● 标记：有数据的地区', '● pins: regions with data') : '',
  ];
  return parts.filter(Boolean).join(pick(lang, '　', '   '));
}

/** Choropleth of ctx.metric over the children of the map chosen for ctx.region, with markers. */
export function buildMap(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const colors = THEMES[ctx.theme];
  const choice = mapForRegion(model, ctx.region);
  const data = choice ? mapData(model, choice.map, ctx.metric, ctx.year) : null;
  const metric = METRIC_LABELS[ctx.metric][lang];
  const height = Math.min(Math.round(560 * ctx.fontScale), Math.round(ctx.width * 0.75));
  if (!choice || !data) {
    const description = pick(
      lang,
      `${metric}地图：该地区没有地图。`,
      `${metric} map: no map for this region.`,
    );
    return {
      title: pick(lang, `${metric}地图`, `${metric} map`),
      option: null,
      table: tableOf([], lang),
      sourceFiles: [],
      flags: [],
      maps: [],
      height,
      description,
    };
  }

  const childCodes = new Set(data.children.map((c) => c.region.code));
  // Positions come with the dataset (regions.csv lon/lat), so every medium that has the model
  // places the same pins; a region without them is listed in the table as not drawn.
  const pins: Pin[] = data.markers.flatMap((entry) => {
    const { lon, lat } = entry.region;
    return lon !== null && lat !== null ? [{ entry, coord: [lon, lat] as const }] : [];
  });
  const pinned = new Set(pins.map((m) => m.entry.region.code));
  const drawn: Drawn[] = [
    ...data.children.map((entry): Drawn => ({
      entry,
      as: entry.shape === 'area' ? 'area' : pinned.has(entry.region.code) ? 'marker' : 'none',
    })),
    ...pins
      .filter((m) => !childCodes.has(m.entry.region.code))
      .map((m): Drawn => ({ entry: m.entry, as: 'marker' })),
  ];
  const areas = data.children.filter((c) => c.shape === 'area');
  const sources = drawn.flatMap((d) => d.entry.value?.sources ?? []);
  const regionName = nameOf(data.region, lang);
  const highlight = data.children.find((c) => c.region.code === choice.highlight)?.region;
  const description = describe(data.region, data.children, pins, highlight, ctx);
  const built = {
    title: pick(
      lang,
      `${regionName}${metric}地图（截至${ctx.year}年）`,
      `${metric} map: ${regionName}, as of ${ctx.year}`,
    ),
    table: tableOf(drawn, lang),
    sourceFiles: sourceFilesOf(sources),
    flags: flagsOf(sources, lang),
    maps: [choice.map],
    height,
    description,
  };
  // Drawn even when every child lacks the metric: hatched "no data" areas, and still the
  // control readers click to drill down.
  const decal = noDataDecal(ctx);
  const national = data.region.level === 'nation';
  const common = baseOption(ctx, description);
  const option = {
    ...common,
    tooltip: {
      ...(common.tooltip as object),
      trigger: 'item',
      formatter: (p: { name?: string; data?: { tip?: string } }) =>
        p.data?.tip ?? tooltipLines([p.name ?? '', pick(lang, '无数据', 'No data')]),
    },
    geo: geoComponent(choice.map, areas, pinned, choice.highlight, national, ctx),
    visualMap: visualMapOf(areas, ctx),
    // Says in words what the hatching and the pins mean.
    graphic: [
      {
        type: 'text',
        left: 8,
        bottom: 8,
        style: {
          text: legendText(areas, pins.length > 0, ctx),
          fill: colors.text,
          fontSize: fontSize(ctx, 11),
        },
      },
    ],
    series: [
      {
        type: 'map',
        name: choice.map,
        geoIndex: 0,
        data: areas.map((a) => {
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
      markerSeries(pins, childCodes, choice.highlight, national, ctx, model.manifest),
    ],
  };
  return { ...built, option };
}

export const mapChart: ChartDefinition = {
  id: 'map',
  title: (lang) => pick(lang, '地图', 'Map'),
  build: buildMap,
};
