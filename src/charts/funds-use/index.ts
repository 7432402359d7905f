// Poverty-alleviation funds by what they were spent on.
import type { ChartDefinition } from '../chartTypes';
import { views } from './views';
import { buildFundsUse, title } from './fundsUseOption';

const fundsUseChart = {
  id: 'funds-use',
  title,
  build: buildFundsUse,
  stretches: false,
  wallRank: 8,
  views,
  controls: { metric: false, year: false },
  drillsDown: false,
  tables: ['regions', 'funds'],
  echartsModules: () => import('./echartsModules').then((m) => m.fundsUseModules),
} as const satisfies ChartDefinition<string>;

export default fundsUseChart;
