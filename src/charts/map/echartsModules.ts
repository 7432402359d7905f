import { BarChart, MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, VisualMapComponent } from 'echarts/components';
import { BASE_MODULES } from '../echartsBase';

/** The ECharts modules this chart draws with: the map, its colour key, pins and the ranking bars. */
export const mapModules = [
  ...BASE_MODULES,
  MapChart,
  GeoComponent,
  VisualMapComponent,
  ScatterChart,
  BarChart,
];
