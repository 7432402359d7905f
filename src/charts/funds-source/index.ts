// Poverty-alleviation funds by where they came from, one panel per unit.
import type { ChartDefinition } from '../chartTypes';
import { views } from './views';
import { buildFundsSource, title } from './fundsSourceOption';

const fundsSourceChart = {
  id: 'funds-source',
  title,
  build: buildFundsSource,
  stretches: false,
  wallRank: 4,
  views,
  controls: { metric: false, year: false },
  drillsDown: false,
  tables: ['regions', 'funds'],
  echartsModules: () => import('./echartsModules').then((m) => m.fundsSourceModules),
} as const satisfies ChartDefinition<string>;

export default fundsSourceChart;
