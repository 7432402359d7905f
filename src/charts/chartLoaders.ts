import type { ChartDefinition, ChartId } from './chartTypes';
import { echarts, type EChartsModule } from './echartsCore';

type Modules = Promise<EChartsModule>;

// One dynamic import per chart, so the bundler gives each chart its own chunk: a page that
// shows one chart (the embed) downloads that chart's builder and ECharts modules only.
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

/** One chart's definition, its ECharts modules registered first. */
export async function loadChart(id: ChartId): Promise<ChartDefinition> {
  const [definition, modules] = await Promise.all([BUILDERS[id](), MODULES[id]()]);
  echarts.use(modules);
  return definition;
}
