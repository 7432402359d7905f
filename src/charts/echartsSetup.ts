import { causesModules } from './causes/echartsModules';
import { echarts } from './echartsCore';
import { exitTimelineModules } from './exit-timeline/echartsModules';
import { fundsSourceModules } from './funds-source/echartsModules';
import { fundsUseModules } from './funds-use/echartsModules';
import { headcountModules } from './headcount/echartsModules';
import { infrastructureModules } from './infrastructure/echartsModules';
import { mapModules } from './map/echartsModules';
import { milestonesModules } from './milestones/echartsModules';
import { targetsModules } from './targets/echartsModules';

// Every chart's modules, for the pages and tools that may draw any chart: the dashboard, the
// wall, exports and the CLI. The SVG renderer is registered in echartsSvg.ts, loaded only by
// exports and the CLI.
echarts.use([
  ...causesModules,
  ...exitTimelineModules,
  ...fundsSourceModules,
  ...fundsUseModules,
  ...headcountModules,
  ...infrastructureModules,
  ...mapModules,
  ...milestonesModules,
  ...targetsModules,
]);

export { echarts, echartsLocale } from './echartsCore';
