// What was built or provided: roads, water, power, housing, clinics, schools, relocation.
import type { ChartDefinition } from '../chartTypes';
import { views } from './views';
import { buildInfrastructure, infrastructureTitle } from './infrastructureOption';

const infrastructureChart = {
  id: 'infrastructure',
  title: infrastructureTitle,
  build: buildInfrastructure,
  stretches: false,
  wallRank: 9,
  views,
  controls: { metric: false, year: false },
  drillsDown: false,
  tables: ['regions', 'infrastructure'],
  echartsModules: () => import('./echartsModules').then((m) => m.infrastructureModules),
} as const satisfies ChartDefinition<string>;

export default infrastructureChart;
