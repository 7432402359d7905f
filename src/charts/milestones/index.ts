// The campaign's dated milestones on a time axis.
import type { ChartDefinition } from '../chartTypes';
import { views } from './views';
import { buildMilestones, title } from './milestonesOption';

const milestonesChart = {
  id: 'milestones',
  title,
  build: buildMilestones,
  stretches: false,
  wallRank: 6,
  views,
  controls: { metric: false, year: false },
  drillsDown: false,
  tables: ['regions', 'milestones'],
  echartsModules: () => import('./echartsModules').then((m) => m.milestonesModules),
} as const satisfies ChartDefinition<string>;

export default milestonesChart;
