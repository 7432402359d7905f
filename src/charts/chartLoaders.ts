import type { TableName } from '../data/types';
import type { ChartDefinition, ChartId } from './chartTypes';
import { echarts } from './echartsCore';

// One dynamic import per chart folder, so the bundler gives each chart its own chunk: a page
// that shows one chart (the embed) downloads that chart's builder and ECharts modules only.
const LOADERS: Record<ChartId, () => Promise<ChartDefinition>> = {
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

/** One chart's definition, the ECharts modules it declares registered first. */
export async function loadChart(id: ChartId): Promise<ChartDefinition> {
  const definition = await LOADERS[id]();
  echarts.use([...definition.echartsModules]);
  return definition;
}
