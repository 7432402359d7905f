import type { ChartDefinition, ChartId } from './chartTypes';
import { echarts } from './echartsCore';

/**
 * Every chart folder's definition, each its own chunk: a page that shows one chart (the embed)
 * downloads that chart's builder only. Derived from the folders, so a new chart needs no line
 * here; registry.ts lists (and type-checks) every chart.
 */
const FOLDERS = import.meta.glob<Record<string, unknown>>('./*/index.ts');

const isDefinitionOf =
  (id: ChartId) =>
  (value: unknown): value is ChartDefinition =>
    (value as ChartDefinition | null)?.id === id;

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

/** One chart's definition, without its ECharts modules (what it reads, how it builds). */
export async function loadDefinition(id: ChartId): Promise<ChartDefinition> {
  const load = FOLDERS[`./${id}/index.ts`];
  if (!load) throw new Error(`src/charts/${id}/index.ts does not exist`);
  const definition = Object.values(await load()).find(isDefinitionOf(id));
  if (!definition) throw new Error(`src/charts/${id}/index.ts exports no definition of ${id}`);
  return definition;
}
