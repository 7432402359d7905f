import { BarChart } from 'echarts/charts';
import { MarkLineComponent, TitleComponent } from 'echarts/components';
import { BASE_MODULES } from '../echartsBase';

/** The ECharts modules this chart draws with; the only one with titles (its panels' headings). */
export const targetsModules = [...BASE_MODULES, BarChart, MarkLineComponent, TitleComponent];
