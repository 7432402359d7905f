// Who helped and how: cadres and units paired, trainings, donations, industry, jobs and credit.
// The other half of infrastructure.csv, drawn by the infrastructure chart's builder.
import { BarChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent } from 'echarts/components';
import type { ChartDefinition } from '../chartTypes';
import { assistanceTitle, buildAssistance } from '../infrastructure/infrastructureOption';

export const assistanceChart = {
  id: 'assistance',
  title: assistanceTitle,
  build: buildAssistance,
  stretches: false,
  wallRank: null,
  views: ['assistance'],
  controls: { metric: false, year: false },
  drillsDown: false,
  echartsModules: [BarChart, GridComponent, LegendComponent, GraphicComponent],
} as const satisfies ChartDefinition;
