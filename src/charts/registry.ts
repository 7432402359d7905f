// Every chart, one line each: a chart is its folder, and this is all the modes know of it.
import type { ChartDefinition, ChartId } from './chartTypes';
import { CHART_IDS } from './chartTypes';
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

/** Every chart, by the id the dashboard, embed page, exports and CLI all use. */
export const CHARTS: Record<ChartId, ChartDefinition> = {
  map: mapChart,
  'exit-timeline': exitTimelineChart,
  milestones: milestonesChart,
  targets: targetsChart,
  'funds-source': fundsSourceChart,
  'funds-use': fundsUseChart,
  infrastructure: infrastructureChart,
  assistance: assistanceChart,
  causes: causesChart,
  headcount: headcountChart,
};

/** In the order views list their charts. */
export const CHART_LIST: readonly ChartDefinition[] = CHART_IDS.map((id) => CHARTS[id]);

export function getChart(id: ChartId): ChartDefinition {
  return CHARTS[id];
}
