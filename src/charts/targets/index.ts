// Each target with its progress, judged at the dataset's date.
import type { ChartDefinition } from '../chartTypes';
import { targetsModules } from './echartsModules';
import { buildTargets, title } from './targetsOption';

export const targetsChart = {
  id: 'targets',
  title,
  build: buildTargets,
  stretches: false,
  wallRank: 2,
  views: ['targets'],
  controls: { metric: false, year: false },
  drillsDown: false,
  echartsModules: targetsModules,
} as const satisfies ChartDefinition;
