import { ScatterChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import { BASE_MODULES } from '../echartsBase';

/** The ECharts modules this chart draws with. */
export const milestonesModules = [...BASE_MODULES, ScatterChart, MarkLineComponent];
