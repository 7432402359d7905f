import { chartContext } from '../charts/chartContext';
import type { ChartContext } from '../charts/chartTypes';
import type { DashboardModel } from '../model/dashboardModel';

/** What a page asks to see: a region, a year or null for "its latest", and how to draw it. */
export type ViewRequest = Partial<Omit<ChartContext, 'region' | 'year'>> & {
  region: string;
  year: number | null;
};

/**
 * The one step from a page's state to a chart's context, shared by the dashboard, the wall and
 * the embed. Only here does "no year asked for" become a year: the latest the region reports
 * itself (else the latest below it), so every mode opens a region on the same year.
 */
export function viewContext(model: DashboardModel, request: ViewRequest): ChartContext {
  const { year, ...rest } = request;
  return chartContext({ ...rest, year: year ?? model.defaultYear(request.region) });
}
