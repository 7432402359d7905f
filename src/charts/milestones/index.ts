// The campaign's dated milestones on a time axis.
import { ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import type { ChartDefinition } from '../chartTypes';
import { buildMilestones, title } from './milestonesOption';

export const milestonesChart = {
  id: 'milestones',
  title,
  build: buildMilestones,
  stretches: true,
  wallRank: 6,
  views: ['timeline'],
  controls: { metric: false, year: false },
  drillsDown: false,
  echartsModules: [ScatterChart, GridComponent, LegendComponent, MarkLineComponent, LabelLayout],
} as const satisfies ChartDefinition;
