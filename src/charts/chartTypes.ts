import type { GeoFeatureCollection } from '../data/types';
import type { EChartsCoreOption } from 'echarts/core';
import type { QualityFlag, Sourced } from '../data/types';
import type { Lang } from '../i18n/format';
import { noteText } from '../i18n/pick';
import type { DashboardModel } from '../model/dashboardModel';
import type { MetricKey } from '../model/metrics';
import type { ThemeName } from './theme';

/** Everything a chart depends on besides the data: the view state, plus output size. */
export interface ChartContext {
  region: string;
  year: number;
  metric: MetricKey;
  lang: Lang;
  theme: ThemeName;
  decal: boolean;
  /** false for exports, the soak and tests: no animation frames to wait for. */
  animation: boolean;
  width: number;
  /** Scales type for big screens; 1 on desktop. */
  fontScale: number;
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
  /** Screen-reader summary in the UI language (also the ECharts aria description). */
  description: string;
}

export const CHART_IDS = [
  'map',
  'exit-timeline',
  'milestones',
  'targets',
  'funds-source',
  'funds-use',
  'infrastructure',
  'assistance',
  'causes',
  'headcount',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}

export interface ChartDefinition {
  id: ChartId;
  title: (lang: Lang) => string;
  build: (model: DashboardModel, ctx: ChartContext) => BuiltChart;
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
