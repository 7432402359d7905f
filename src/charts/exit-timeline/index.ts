// Poor villages leaving the list, year by year, against the deadline.
import type { ChartDefinition } from '../chartTypes';
import { views } from './views';
import { buildExitTimeline, title } from './exitTimelineOption';

const exitTimelineChart = {
  id: 'exit-timeline',
  title,
  build: buildExitTimeline,
  stretches: true,
  wallRank: 1,
  views,
  // It draws every year at once: a year control would move nothing in it.
  controls: { metric: false, year: false },
  drillsDown: false,
  tables: ['regions', 'villageExits', 'indicators', 'milestones'],
  echartsModules: () => import('./echartsModules').then((m) => m.exitTimelineModules),
} as const satisfies ChartDefinition<string>;

export default exitTimelineChart;
