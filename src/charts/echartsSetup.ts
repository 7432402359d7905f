import type { EChartsModule } from './chartTypes';
import { echarts } from './echartsCore';
import { TOOLTIP_MODULES } from './echartsTooltip';
import { addTooltipModules } from './tooltipModules';

// Every chart's modules, for the pages and tools that may draw any chart at once: the wall,
// exports and the CLI. Derived from the chart folders: a new chart's echartsModules.ts is
// registered here without a line of its own. The dashboard registers per view instead
// (useChartModules.ts); the SVG renderer is registered in echartsSvg.ts.
const FOLDERS = import.meta.glob<Record<string, readonly EChartsModule[]>>(
  './*/echartsModules.ts',
  {
    eager: true,
  },
);
echarts.use(Object.values(FOLDERS).flatMap((m) => Object.values(m).flat()));
addTooltipModules(TOOLTIP_MODULES);

export { echarts, echartsLocale } from './echartsCore';
