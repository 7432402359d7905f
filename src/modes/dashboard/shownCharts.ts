import type { ChartDefinition, ChartId } from '../../charts/chartTypes';
import headcount from '../../charts/headcount';
import type { ViewId } from '../../view/urlState';
import { VIEW_CHARTS } from '../../view/viewCharts';

/**
 * The chart beside the headline figures on the overview: how many were poor, year by year. At
 * hand from the start (the other charts load with their view): whether the region has its
 * series decides the overview's layout before any chart is drawn.
 */
export const LEAD_CHART: ChartDefinition = headcount;

/** Every chart a dashboard view may draw: its own, and the lead chart on the overview. */
export const shownCharts = (view: ViewId): readonly ChartId[] =>
  view === 'overview' ? [LEAD_CHART.id, ...VIEW_CHARTS.overview] : VIEW_CHARTS[view];
