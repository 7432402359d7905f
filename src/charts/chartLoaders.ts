import { CHART_FOLDERS } from './chartList';
import type { ChartDefinition, ChartId } from './chartTypes';
import { echarts } from './echartsCore';

const registered = new Set<ChartId>();

/**
 * Registers the charts' ECharts modules. An ECharts instance keeps the processors that were
 * registered when it was created, so a page calls this before it creates the first instance
 * of any of these charts, never after (useChartModules.ts).
 */
export async function registerChartModules(charts: readonly ChartDefinition[]): Promise<void> {
  const missing = charts.filter((c) => !registered.has(c.id));
  if (missing.length === 0) return;
  const modules = await Promise.all(missing.map((c) => c.echartsModules()));
  echarts.use(modules.flat());
  for (const c of missing) registered.add(c.id);
}

/** Whether every one of these charts' modules is registered already. */
export const chartModulesRegistered = (ids: readonly ChartId[]): boolean =>
  ids.every((id) => registered.has(id));

/**
 * One chart's definition, without its ECharts modules (what it reads, how it builds): its
 * folder is its own chunk, so a page that shows one chart (the embed) downloads that one.
 */
export const loadDefinition = async (id: ChartId): Promise<ChartDefinition> =>
  (await CHART_FOLDERS[id]()).default;

const loaded = new Map<ChartId, ChartDefinition>();

/**
 * Loads these charts' definitions and registers their ECharts modules: a page that shows some
 * charts (a dashboard view) downloads those builders only. Afterwards loadedChart answers.
 */
export async function loadCharts(ids: readonly ChartId[]): Promise<void> {
  const charts = await Promise.all(ids.map((id) => loaded.get(id) ?? loadDefinition(id)));
  for (const c of charts) loaded.set(c.id, c);
  await registerChartModules(charts);
}

/** A chart loadCharts has loaded, whose modules are registered (chartModulesRegistered). */
export function loadedChart(id: ChartId): ChartDefinition {
  const chart = loaded.get(id);
  if (!chart) throw new Error(`the chart ${id} is drawn before loadCharts loaded it`);
  return chart;
}
