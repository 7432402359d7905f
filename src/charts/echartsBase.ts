import {
  AriaComponent,
  GraphicComponent,
  GridSimpleComponent,
  LegendComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';

/**
 * What baseOption and the shared row-chart parts put in every chart's first drawing. The
 * tooltip is not here: it is shown only once a pointer comes (tooltipModules.ts).
 */
export const BASE_MODULES = [
  AriaComponent,
  GraphicComponent,
  GridSimpleComponent,
  LegendComponent,
  LabelLayout,
];
