import type { GeoFeatureCollection } from '../data/types';
import type { EChartsCoreOption, use } from 'echarts/core';
import type { QualityFlag, Sourced, TableName } from '../data/types';
import type { Lang } from '../i18n/format';
import { noteText } from '../i18n/pick';
import type { DashboardModel } from '../model/dashboardModel';
import type { MetricKey } from '../model/metrics';
import type { ThemeName } from './theme';
import { CHART_FOLDERS } from './chartList';

/**
 * Where a chart is read, which decides how it lays itself out: `screen` a page at a desk or on
 * a phone (dashboard, embed: the page scrolls, a tooltip tells more), `wall` the wall display
 * read from across a room (type never under `minFontPx`, shrunk to its panel before it pages),
 * `file` an export (PNG, SVG, the report's slides: drawn whole, paged when a slide asks).
 */
export type Medium = 'screen' | 'wall' | 'file';

/** Everything a chart depends on besides the data: the view state, the medium and the box. */
export interface ChartContext {
  region: string;
  year: number;
  metric: MetricKey;
  lang: Lang;
  theme: ThemeName;
  decal: boolean;
  /** false for exports, the soak and tests: no animation frames to wait for. */
  animation: boolean;
  medium: Medium;
  /** The box it is drawn in, px: its width, and its height, or null where the page scrolls. */
  width: number;
  height: number | null;
  /** Which page of the chart to draw, from 0, when the box is too short for all of it. */
  page?: number;
  /** Scales type for big screens; 1 on desktop. */
  fontScale: number;
  /**
   * No text smaller than this, px (a wall's floor for reading across a room): builders lay
   * out the text at the size it is drawn at, so raising it afterwards never breaks a layout.
   */
  minFontPx?: number;
}

export type Cell = string | number | null;

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

/** The numbers a chart draws, one row each, with their sources: the table tab and the CSV. */
export interface ChartTable {
  columns: TableColumn[];
  rows: Array<Record<string, Cell>>;
}

export interface FlagNote {
  id: string;
  flag: QualityFlag;
  /** In the language the chart was built in. */
  note: string;
  quote: string;
}

export interface BuiltChart {
  title: string;
  /** null when the region has no data for this chart: the view says "no data". */
  option: EChartsCoreOption | null;
  table: ChartTable;
  /** Seed files the chart draws on. */
  sourceFiles: string[];
  flags: FlagNote[];
  /** GeoJSON maps the option refers to; the caller registers them before setOption. */
  maps: string[];
  /** Those of `maps` drawn from the dataset's own boundaries: registered, never fetched. */
  ownMaps?: ReadonlyMap<string, GeoFeatureCollection>;
  /** Preferred height in CSS px at ctx.width. */
  height: number;
  /**
   * How many pages the chart takes in ctx's box (1 when it fits, or it never pages): build it
   * again with `page` 1 … pages - 1 for the rest.
   */
  pages?: number;
  /** Screen-reader summary in the UI language (also the ECharts aria description). */
  description: string;
}

/** What a builder draws before it is captioned and credited: the option and its preferred height. */
export interface ChartDrawing {
  option: Record<string, unknown>;
  height: number;
}

/** The id the dashboard, embed page, exports and CLI all use: a line of chartList.ts. */
export type ChartId = keyof typeof CHART_FOLDERS;
/** In the order views list their charts. */
export const CHART_IDS = Object.keys(CHART_FOLDERS) as readonly ChartId[];

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}

/** The dashboard views that show charts (the sources view shows none). */
export type ChartView =
  'overview' | 'timeline' | 'targets' | 'funds' | 'infrastructure' | 'assistance' | 'people';

/** One ECharts chart or component module, as `echarts.use` takes it. */
export type EChartsModule = Exclude<Parameters<typeof use>[0], readonly unknown[]>;

/**
 * Everything the modes need to know about a chart, declared by the chart itself. Every field
 * is required, so a chart that leaves one out does not compile.
 */
export interface ChartDefinition<Id extends string = ChartId> {
  /** A chart's folder checks itself as ChartDefinition<string>; chartList.ts checks the id. */
  id: Id;
  title: (lang: Lang) => string;
  build: (model: DashboardModel, ctx: ChartContext) => BuiltChart;
  /**
   * The plot stretches to whatever height it is given: its preferred height is a wish, so a
   * wall panel never shrinks or pages it.
   */
  stretches: boolean;
  /** Its place among the charts filling a wall's spare panels, 1 first; null: never a filler. */
  wallRank: number | null;
  /** The dashboard views that show it, in the views' chart order. */
  views: readonly ChartView[];
  /** The controls the dashboard shows with it: it is drawn for one metric, or one year. */
  controls: { metric: boolean; year: boolean };
  /** Clicking a region in it opens that region. */
  drillsDown: boolean;
  /**
   * The tables it draws from, besides the manifest: a page showing this chart alone reads only
   * these (test/unit/chartTables.test.ts checks that it draws the same from them).
   */
  tables: readonly TableName[];
  /**
   * The ECharts modules its options use, the shared base included, loaded on demand: a page
   * registers them before it creates this chart's first instance (chartLoaders.ts), so a page
   * that never shows the chart never downloads them.
   */
  echartsModules: () => Promise<readonly EChartsModule[]>;
}

export function flagsOf(rows: readonly Sourced[], lang: Lang): FlagNote[] {
  return rows
    .filter((r) => r.qualityFlag !== null)
    .map((r) => ({
      id: r.id,
      flag: r.qualityFlag!,
      note: noteText(r, lang),
      quote: r.sourceQuote,
    }));
}

export function sourceFilesOf(rows: readonly Sourced[]): string[] {
  return [...new Set(rows.map((r) => r.sourceFile))].sort();
}
