import { BarChart, LineChart } from 'echarts/charts';
import { BASE_MODULES } from '../echartsBase';

/** The ECharts modules this chart draws with. */
export const headcountModules = [...BASE_MODULES, BarChart, LineChart];
