// Who helped and how: cadres and units paired, trainings, donations, industry, jobs and credit.
// The other half of infrastructure.csv, drawn by the infrastructure chart's builder.
import type { ChartDefinition } from '../chartTypes';
import { views } from './views';
import { assistanceTitle, buildAssistance } from '../infrastructure/infrastructureOption';

const assistanceChart = {
  id: 'assistance',
  title: assistanceTitle,
  build: buildAssistance,
  stretches: false,
  wallRank: null,
  views,
  controls: { metric: false, year: false },
  drillsDown: false,
  tables: ['regions', 'infrastructure'],
  echartsModules: () =>
    import('../infrastructure/echartsModules').then((m) => m.infrastructureModules),
} as const satisfies ChartDefinition<string>;

export default assistanceChart;
