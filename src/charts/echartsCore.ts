import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import langZH from 'echarts/i18n/langZH-obj.js';

// ECharts with the canvas renderer and the Chinese locale, and no chart or component yet: each
// page registers what its charts draw (echartsSetup.ts: every chart; the embed: its one chart,
// through chartLoaders.ts), so a page that draws one bar chart downloads no map code.
echarts.use([CanvasRenderer]);

// Chinese month names, aria phrases and toolbox text; init with { locale: 'ZH' }.
echarts.registerLocale('ZH', langZH);

export const echartsLocale = (lang: 'zh' | 'en'): 'ZH' | 'EN' => (lang === 'zh' ? 'ZH' : 'EN');

export type EChartsModule = Parameters<typeof echarts.use>[0];

export { echarts };
