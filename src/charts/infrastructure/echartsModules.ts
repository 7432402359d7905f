import { BarChart } from 'echarts/charts';
import { BASE_MODULES } from '../echartsBase';

/** The ECharts modules the infrastructure and assistance charts draw with. */
export const infrastructureModules = [...BASE_MODULES, BarChart];
