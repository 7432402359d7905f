// Poverty-alleviation funds by where they came from, one panel per unit.
import { BarChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import type { ChartDefinition } from '../chartTypes';
import { buildFundsSource, title } from './fundsSourceOption';

export const fundsSourceChart = {
  id: 'funds-source',
  title,
  build: buildFundsSource,
  stretches: false,
  wallRank: 4,
  views: ['funds'],
  controls: { metric: false, year: false },
  drillsDown: false,
  echartsModules: [BarChart, GridComponent, LegendComponent, GraphicComponent, LabelLayout],
} as const satisfies ChartDefinition;
