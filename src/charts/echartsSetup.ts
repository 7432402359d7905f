import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, PieChart, ScatterChart, CustomChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  GraphicComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { LabelLayout } from 'echarts/features';
import langZH from 'echarts/i18n/langZH-obj.js';

// The one place ECharts modules are registered: the browser, the embed and the CLI renderer
// all import this, so every output draws with the same components. The SVG renderer is
// registered in echartsSvg.ts, loaded only by exports and the CLI.
echarts.use([
  BarChart,
  LineChart,
  MapChart,
  PieChart,
  ScatterChart,
  CustomChart,
  AriaComponent,
  DatasetComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  GraphicComponent,
  CanvasRenderer,
  LabelLayout,
]);

// Chinese month names, aria phrases and toolbox text; init with { locale: 'ZH' }.
echarts.registerLocale('ZH', langZH);

export const echartsLocale = (lang: 'zh' | 'en'): 'ZH' | 'EN' => (lang === 'zh' ? 'ZH' : 'EN');

export { echarts };
