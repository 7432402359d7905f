import { BarChart, LineChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import { BASE_MODULES } from '../echartsBase';

/** The ECharts modules this chart draws with: bars per year, the cumulative line, the deadline's mark line. */
export const exitTimelineModules = [...BASE_MODULES, BarChart, LineChart, MarkLineComponent];
