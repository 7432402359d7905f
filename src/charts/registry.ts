import type { ChartDefinition, ChartId } from './chartTypes';
import { causesChart } from './causes/causesOption';
import { exitTimelineChart } from './exit-timeline/exitTimelineOption';
import { fundsSourceChart } from './funds-source/fundsSourceOption';
import { fundsUseChart } from './funds-use/fundsUseOption';
import { headcountChart } from './headcount/headcountOption';
import { assistanceChart, infrastructureChart } from './infrastructure/infrastructureOption';
import { mapChart } from './map/mapOption';
import { milestonesChart } from './milestones/milestonesOption';
import { targetsChart } from './targets/targetsOption';

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
