import { TooltipComponent } from 'echarts/components';

/** The tooltip and its axis pointer: loaded on a chart's first pointer (tooltipModules.ts). */
export const TOOLTIP_MODULES = [TooltipComponent];
