// Why households were poor, as the sources count them.
import type { ChartDefinition } from '../chartTypes';
import { views } from './views';
import { buildCauses, title } from './causesOption';

const causesChart = {
  id: 'causes',
  title,
  build: buildCauses,
  stretches: false,
  wallRank: 7,
  views,
  controls: { metric: false, year: false },
  drillsDown: false,
  tables: ['regions', 'indicators'],
  echartsModules: () => import('./echartsModules').then((m) => m.causesModules),
} as const satisfies ChartDefinition<string>;

export default causesChart;
