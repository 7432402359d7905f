// Every chart's definition at hand, for the pages and tools that may draw any chart: the
// dashboard, the wall, exports, the CLI. The list of charts is chartList.ts.
import type { ChartDefinition, ChartId } from './chartTypes';
import { CHART_IDS } from './chartTypes';

const FOLDERS = import.meta.glob<ChartDefinition>('./*/index.ts', {
  eager: true,
  import: 'default',
});

/** Every chart, by the id the dashboard, embed page, exports and CLI all use. */
export const CHARTS = Object.fromEntries(
  CHART_IDS.map((id) => [id, FOLDERS[`./${id}/index.ts`]!]),
) as Record<ChartId, ChartDefinition>;

/** In the order views list their charts. */
export const CHART_LIST: readonly ChartDefinition[] = CHART_IDS.map((id) => CHARTS[id]);

export function getChart(id: ChartId): ChartDefinition {
  return CHARTS[id];
}
