// What every builder returns when it draws nothing, or draws sourced rows.
import type { Sourced } from '../data/types';
import type { Lang } from '../i18n/format';
import { flagsOf, sourceFilesOf, type BuiltChart } from './chartTypes';

/** A region without this chart's figures: no option, so the view says "no data", never zero. */
export const noDataChart = (title: string, description: string): BuiltChart => ({
  title,
  option: null,
  table: { columns: [], rows: [] },
  sourceFiles: [],
  flags: [],
  maps: [],
  height: 0,
  description,
});

/** A drawn chart credits exactly the files and flags of the rows it draws. */
export const sourcedChart = (
  chart: Pick<BuiltChart, 'title' | 'option' | 'table' | 'height' | 'pages' | 'description'>,
  rows: readonly Sourced[],
  lang: Lang,
): BuiltChart => ({
  title: chart.title,
  option: chart.option,
  table: chart.table,
  sourceFiles: sourceFilesOf(rows),
  flags: flagsOf(rows, lang),
  maps: [],
  height: chart.height,
  ...(chart.pages ? { pages: chart.pages } : {}),
  description: chart.description,
});
