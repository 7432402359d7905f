// Each target with its progress, judged at the dataset's date.
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import type { ChartDefinition } from '../chartTypes';
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
  echartsModules: [BarChart, GridComponent, MarkLineComponent, TitleComponent],
} as const satisfies ChartDefinition;
