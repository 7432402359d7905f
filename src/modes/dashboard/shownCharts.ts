import type { ChartId } from '../../charts/chartTypes';
import type { ViewId } from '../../view/urlState';
import { VIEW_CHARTS } from '../../view/viewCharts';

/** The chart beside the headline figures on the overview: how many were poor, year by year. */
export const LEAD_CHART: ChartId = 'headcount';

/** Every chart a dashboard view may draw: its own, and the lead chart on the overview. */
export const shownCharts = (view: ViewId): readonly ChartId[] =>
  view === 'overview' ? [LEAD_CHART, ...VIEW_CHARTS.overview] : VIEW_CHARTS[view];
