// The poor population over the years.
import type { ChartDefinition } from '../chartTypes';
import { views } from './views';
import { buildHeadcount, title } from './headcountOption';

const headcountChart = {
  id: 'headcount',
  title,
  build: buildHeadcount,
  stretches: false,
  wallRank: 3,
  views,
  controls: { metric: false, year: false },
  drillsDown: false,
  tables: ['regions', 'indicators'],
  echartsModules: () => import('./echartsModules').then((m) => m.headcountModules),
} as const satisfies ChartDefinition<string>;

export default headcountChart;
