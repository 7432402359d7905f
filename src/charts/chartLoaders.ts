import type { TableName } from '../data/types';
import type { ChartDefinition, ChartId } from './chartTypes';
import { echarts, type EChartsModule } from './echartsCore';

type Modules = Promise<EChartsModule>;

// One dynamic import per chart, so the bundler gives each chart its own chunk: a page that
// shows one chart (the embed) downloads that chart's builder and ECharts modules only, and
// the dashboard downloads a chart's ECharts modules when a view first draws it.
const MODULES: Record<ChartId, () => Modules> = {
  map: () => import('./map/echartsModules').then((m) => m.mapModules),
  'exit-timeline': () =>
    import('./exit-timeline/echartsModules').then((m) => m.exitTimelineModules),
  milestones: () => import('./milestones/echartsModules').then((m) => m.milestonesModules),
  targets: () => import('./targets/echartsModules').then((m) => m.targetsModules),
  'funds-source': () => import('./funds-source/echartsModules').then((m) => m.fundsSourceModules),
  'funds-use': () => import('./funds-use/echartsModules').then((m) => m.fundsUseModules),
  infrastructure: () =>
    import('./infrastructure/echartsModules').then((m) => m.infrastructureModules),
  assistance: () => import('./infrastructure/echartsModules').then((m) => m.infrastructureModules),
  causes: () => import('./causes/echartsModules').then((m) => m.causesModules),
  headcount: () => import('./headcount/echartsModules').then((m) => m.headcountModules),
};

const BUILDERS: Record<ChartId, () => Promise<ChartDefinition>> = {
  map: () => import('./map').then((m) => m.mapChart),
  'exit-timeline': () => import('./exit-timeline').then((m) => m.exitTimelineChart),
  milestones: () => import('./milestones').then((m) => m.milestonesChart),
  targets: () => import('./targets').then((m) => m.targetsChart),
  'funds-source': () => import('./funds-source').then((m) => m.fundsSourceChart),
  'funds-use': () => import('./funds-use').then((m) => m.fundsUseChart),
  infrastructure: () => import('./infrastructure').then((m) => m.infrastructureChart),
  assistance: () => import('./assistance').then((m) => m.assistanceChart),
  causes: () => import('./causes').then((m) => m.causesChart),
  headcount: () => import('./headcount').then((m) => m.headcountChart),
};

/**
 * The tables each chart draws from, besides the manifest: a page showing one chart reads only
 * these (test/unit/chartTables.test.ts checks that each chart draws the same from them alone).
 */
export const CHART_TABLES: Record<ChartId, readonly TableName[]> = {
  // The map marks where any table has data (hasData), so it needs them all.
  map: ['regions', 'villageExits', 'indicators', 'funds', 'infrastructure', 'milestones'],
  'exit-timeline': ['regions', 'villageExits', 'indicators', 'milestones'],
  milestones: ['regions', 'milestones'],
  targets: ['regions', 'villageExits', 'indicators', 'funds', 'infrastructure'],
  'funds-source': ['regions', 'funds'],
  'funds-use': ['regions', 'funds'],
  infrastructure: ['regions', 'infrastructure'],
  assistance: ['regions', 'infrastructure'],
  causes: ['regions', 'indicators'],
  headcount: ['regions', 'indicators'],
};

const registered = new Set<ChartId>();

/** Whether the chart's ECharts modules are registered, so it can draw without waiting. */
export function chartModulesReady(id: ChartId): boolean {
  return registered.has(id);
}

/** Registers the chart's ECharts modules (once), loading them on first use. */
export async function loadChartModules(id: ChartId): Promise<void> {
  if (registered.has(id)) return;
  echarts.use(await MODULES[id]());
  registered.add(id);
}

/** One chart's definition, its ECharts modules registered first. */
export async function loadChart(id: ChartId): Promise<ChartDefinition> {
  const [definition] = await Promise.all([BUILDERS[id](), loadChartModules(id)]);
  return definition;
}
