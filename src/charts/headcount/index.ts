// The poor population over the years.
import { BarChart, LineChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import type { ChartDefinition } from '../chartTypes';
import { buildHeadcount, title } from './headcountOption';

export const headcountChart = {
  id: 'headcount',
  title,
  build: buildHeadcount,
  stretches: false,
  wallRank: 3,
  views: ['people'],
  controls: { metric: false, year: false },
  drillsDown: false,
  echartsModules: [
    BarChart,
    LineChart,
    GridComponent,
    LegendComponent,
    GraphicComponent,
    LabelLayout,
  ],
} as const satisfies ChartDefinition;
