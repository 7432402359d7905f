import { echarts } from './echartsCore';
import type { EChartsModule } from './echartsCore';

let registered = false;

/** Whether the tooltip's modules are registered, so an instance created now can show one. */
export const tooltipRegistered = (): boolean => registered;

/** Registers the tooltip's modules, already at hand (the pages that register every module). */
export function addTooltipModules(modules: EChartsModule): void {
  echarts.use(modules);
  registered = true;
}

/**
 * Loads and registers the tooltip's modules (about 13 KB gzip) when a pointer first comes to a
 * chart: nobody reads a tooltip before then. An ECharts instance keeps the processors that
 * were registered when it was created (the axis pointer adds one), so an instance created
 * before this resolved must be created again to show a tooltip (EChart.tsx does).
 */
export async function registerTooltipModules(): Promise<void> {
  if (registered) return;
  addTooltipModules((await import('./echartsTooltip')).TOOLTIP_MODULES);
}
