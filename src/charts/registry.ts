import type { ChartDefinition, ChartId } from './chartTypes';
import { causesChart } from './options/causesOption';
import { exitTimelineChart } from './options/exitTimelineOption';
import { fundsSourceChart } from './options/fundsSourceOption';
import { fundsUseChart } from './options/fundsUseOption';
import { headcountChart } from './options/headcountOption';
import { assistanceChart, infrastructureChart } from './options/infrastructureOption';
import { mapChart } from './options/mapOption';
import { milestonesChart } from './options/milestonesOption';
import { targetsChart } from './options/targetsOption';

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

export function getChart(id: ChartId): ChartDefinition {
  return CHARTS[id];
}

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}
