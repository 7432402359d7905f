import type { TableName } from '../data/types';
import type { ChartId } from './chartTypes';
import { CHART_LIST } from './registry';

/** The tables each chart draws from, as its folder declares them (`tables`). */
export const CHART_TABLES = Object.fromEntries(CHART_LIST.map((c) => [c.id, c.tables])) as Record<
  ChartId,
  readonly TableName[]
>;
