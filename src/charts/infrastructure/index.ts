// What was built or provided: roads, water, power, housing, clinics, schools, relocation.
import { BarChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent } from 'echarts/components';
import type { ChartDefinition } from '../chartTypes';
import { buildInfrastructure, infrastructureTitle } from './infrastructureOption';

export const infrastructureChart = {
  id: 'infrastructure',
  title: infrastructureTitle,
  build: buildInfrastructure,
  stretches: false,
  wallRank: 9,
  views: ['infrastructure'],
  controls: { metric: false, year: false },
  drillsDown: false,
  echartsModules: [BarChart, GridComponent, LegendComponent, GraphicComponent],
} as const satisfies ChartDefinition;
