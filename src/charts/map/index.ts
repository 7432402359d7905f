// The map: the metric of each subdivision on its boundaries, a marker where a boundary is missing,
// a ranked bar chart where there are no boundaries at all.
import { BarChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GraphicComponent,
  GridComponent,
  VisualMapComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import type { ChartDefinition } from '../chartTypes';
import { buildMap, title } from './mapOption';

export const mapChart = {
  id: 'map',
  title,
  build: buildMap,
  stretches: true,
  // After the region's own figures: on every slide it would crowd them out.
  wallRank: 5,
  views: ['overview'],
  controls: { metric: true, year: true },
  drillsDown: true,
  echartsModules: [
    MapChart,
    ScatterChart,
    BarChart,
    GeoComponent,
    VisualMapComponent,
    GridComponent,
    GraphicComponent,
    LabelLayout,
  ],
} as const satisfies ChartDefinition;
