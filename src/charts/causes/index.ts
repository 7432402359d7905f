// Why households were poor, as the sources count them.
import { BarChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent } from 'echarts/components';
import type { ChartDefinition } from '../chartTypes';
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
  echartsModules: [BarChart, GridComponent, LegendComponent, GraphicComponent],
} as const satisfies ChartDefinition;
