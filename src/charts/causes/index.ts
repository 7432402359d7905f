// Why households were poor, as the sources count them.
import type { ChartDefinition } from '../chartTypes';
import { causesModules } from './echartsModules';
import { buildCauses, title } from './causesOption';

export const causesChart = {
  id: 'causes',
  title,
  build: buildCauses,
  stretches: false,
  wallRank: 7,
  views: ['people'],
  controls: { metric: false, year: false },
  drillsDown: false,
  echartsModules: causesModules,
} as const satisfies ChartDefinition;
