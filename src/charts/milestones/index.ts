// The campaign's dated milestones on a time axis.
import type { ChartDefinition } from '../chartTypes';
import { milestonesModules } from './echartsModules';
import { buildMilestones, title } from './milestonesOption';

export const milestonesChart = {
  id: 'milestones',
  title,
  build: buildMilestones,
  stretches: false,
  wallRank: 6,
  views: ['timeline'],
  controls: { metric: false, year: false },
  drillsDown: false,
  echartsModules: milestonesModules,
} as const satisfies ChartDefinition;
