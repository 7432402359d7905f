// Each target with its progress, judged at the dataset's date.
import type { ChartDefinition } from '../chartTypes';
import { views } from './views';
import { buildTargets, title } from './targetsOption';

const targetsChart = {
  id: 'targets',
  title,
  build: buildTargets,
  stretches: false,
  wallRank: 2,
  views,
  controls: { metric: false, year: false },
  drillsDown: false,
  tables: ['regions', 'villageExits', 'indicators', 'funds', 'infrastructure'],
  echartsModules: () => import('./echartsModules').then((m) => m.targetsModules),
} as const satisfies ChartDefinition<string>;

export default targetsChart;
