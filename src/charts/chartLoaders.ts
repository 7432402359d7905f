import type { TableName } from '../data/types';
import type { ChartDefinition, ChartId } from './chartTypes';
import { echarts, type EChartsModule } from './echartsCore';

type Loaded = Promise<[ChartDefinition, EChartsModule]>;

// One dynamic import per chart, so the bundler gives each chart its own chunk: a page that
// shows one chart (the embed) downloads that chart's builder and ECharts modules only.
const LOADERS: Record<ChartId, () => Loaded> = {
  map: () =>
    Promise.all([
      import('./map/mapOption').then((m) => m.mapChart),
      import('./map/echartsModules').then((m) => m.mapModules),
    ]),
  'exit-timeline': () =>
    Promise.all([
      import('./exit-timeline/exitTimelineOption').then((m) => m.exitTimelineChart),
      import('./exit-timeline/echartsModules').then((m) => m.exitTimelineModules),
    ]),
  milestones: () =>
    Promise.all([
      import('./milestones/milestonesOption').then((m) => m.milestonesChart),
      import('./milestones/echartsModules').then((m) => m.milestonesModules),
    ]),
  targets: () =>
    Promise.all([
      import('./targets/targetsOption').then((m) => m.targetsChart),
      import('./targets/echartsModules').then((m) => m.targetsModules),
    ]),
  'funds-source': () =>
    Promise.all([
      import('./funds-source/fundsSourceOption').then((m) => m.fundsSourceChart),
      import('./funds-source/echartsModules').then((m) => m.fundsSourceModules),
    ]),
  'funds-use': () =>
    Promise.all([
      import('./funds-use/fundsUseOption').then((m) => m.fundsUseChart),
      import('./funds-use/echartsModules').then((m) => m.fundsUseModules),
    ]),
  infrastructure: () =>
    Promise.all([
      import('./infrastructure/infrastructureOption').then((m) => m.infrastructureChart),
      import('./infrastructure/echartsModules').then((m) => m.infrastructureModules),
    ]),
  assistance: () =>
    Promise.all([
      import('./infrastructure/infrastructureOption').then((m) => m.assistanceChart),
      import('./infrastructure/echartsModules').then((m) => m.infrastructureModules),
    ]),
  causes: () =>
    Promise.all([
      import('./causes/causesOption').then((m) => m.causesChart),
      import('./causes/echartsModules').then((m) => m.causesModules),
    ]),
  headcount: () =>
    Promise.all([
      import('./headcount/headcountOption').then((m) => m.headcountChart),
      import('./headcount/echartsModules').then((m) => m.headcountModules),
    ]),
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

/** One chart's definition, its ECharts modules registered first. */
export async function loadChart(id: ChartId): Promise<ChartDefinition> {
  const [definition, modules] = await LOADERS[id]();
  echarts.use(modules);
  return definition;
}
