import { BarChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import { BASE_MODULES } from '../echartsBase';

/** The ECharts modules this chart draws with. */
export const targetsModules = [...BASE_MODULES, BarChart, MarkLineComponent];
