// Every chart, one line each: a chart is its folder, and this list is all the modes know of it.
import type { ChartDefinition } from './chartTypes';
import { assistanceChart } from './assistance';
import { causesChart } from './causes';
import { exitTimelineChart } from './exit-timeline';
import { fundsSourceChart } from './funds-source';
import { fundsUseChart } from './funds-use';
import { headcountChart } from './headcount';
import { infrastructureChart } from './infrastructure';
import { mapChart } from './map';
import { milestonesChart } from './milestones';
import { targetsChart } from './targets';

/** In the order views list their charts. */
const DEFINITIONS = [
  mapChart,
  exitTimelineChart,
  milestonesChart,
  targetsChart,
  fundsSourceChart,
  fundsUseChart,
  infrastructureChart,
  assistanceChart,
  causesChart,
  headcountChart,
] as const satisfies readonly ChartDefinition[];

/** The id the dashboard, embed page, exports and CLI all use. */
export type ChartId = (typeof DEFINITIONS)[number]['id'];

export const CHART_LIST: readonly ChartDefinition<ChartId>[] = DEFINITIONS;
export const CHART_IDS: readonly ChartId[] = DEFINITIONS.map((c) => c.id);

export const CHARTS = Object.fromEntries(CHART_LIST.map((c) => [c.id, c])) as Record<
  ChartId,
  ChartDefinition<ChartId>
>;

export function getChart(id: ChartId): ChartDefinition<ChartId> {
  return CHARTS[id];
}

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}
