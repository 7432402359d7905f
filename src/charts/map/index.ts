// The map: the metric of each subdivision on its boundaries, a marker where a boundary is missing,
// a ranked bar chart where there are no boundaries at all.
import type { ChartDefinition } from '../chartTypes';
import { views } from './views';
import { buildMap, title } from './mapOption';

const mapChart = {
  id: 'map',
  title,
  build: buildMap,
  stretches: true,
  // After the region's own figures: on every slide it would crowd them out.
  wallRank: 5,
  views,
  controls: { metric: true, year: true },
  drillsDown: true,
  // The map marks where any table has data (hasData), so it needs them all.
  tables: ['regions', 'villageExits', 'indicators', 'funds', 'infrastructure', 'milestones'],
  echartsModules: () => import('./echartsModules').then((m) => m.mapModules),
} as const satisfies ChartDefinition<string>;

export default mapChart;
