import { BarChart } from 'echarts/charts';
import { BASE_MODULES } from '../echartsBase';

/** The ECharts modules this chart draws with. */
export const causesModules = [...BASE_MODULES, BarChart];
