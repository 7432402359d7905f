import { BarChart, LineChart } from 'echarts/charts';
import { BASE_MODULES } from '../echartsBase';

/** The ECharts modules this chart draws with: bars per year, the cumulative line. */
export const exitTimelineModules = [...BASE_MODULES, BarChart, LineChart];
