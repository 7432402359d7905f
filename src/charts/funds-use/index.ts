// Poverty-alleviation funds by what they were spent on.
import { BarChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent } from 'echarts/components';
import type { ChartDefinition } from '../chartTypes';
import { buildFundsUse, title } from './fundsUseOption';

export const fundsUseChart = {
  id: 'funds-use',
  title,
  build: buildFundsUse,
  stretches: false,
  wallRank: 8,
  views: ['funds'],
  controls: { metric: false, year: false },
  drillsDown: false,
  echartsModules: [BarChart, GridComponent, LegendComponent, GraphicComponent],
} as const satisfies ChartDefinition;
