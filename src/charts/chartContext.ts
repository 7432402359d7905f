import type { DashboardModel } from '../model/dashboardModel';
import type { MetricKey } from '../model/metrics';
import { metricWithFigures } from './map/mapModel';
import type { ChartContext } from './chartTypes';

/** A full context from the parts a caller knows; the dashboard, screen, embed and CLI share it. */
export function chartContext(
  parts: Partial<ChartContext> & Pick<ChartContext, 'region' | 'year'>,
): ChartContext {
  return {
    metric: 'exit_share',
    lang: 'zh',
    theme: 'light',
    decal: false,
    animation: true,
    medium: 'screen',
    width: 800,
    height: null,
    fontScale: 1,
    ...parts,
  };
}

/** What a page or the CLI asks to see: a region, a year or null for "its latest", how to draw it. */
export type ContextRequest = Partial<Omit<ChartContext, 'region' | 'year' | 'metric'>> & {
  region: string;
  year: number | null;
  /** null or left out: the first metric the region's map has figures for. */
  metric?: MetricKey | null;
};

/**
 * The year a region is shown at: the one asked for, else the latest the region reports itself
 * (else the latest below it). The only place "no year" becomes a year, so the dashboard, the
 * wall, the embed and the CLI open a region on the same year.
 */
export const yearFor = (model: DashboardModel, region: string, asked: number | null): number =>
  asked ?? model.defaultYear(region);

/**
 * The one step from what is asked to a chart's context, shared by every mode and the CLI. A
 * metric not asked for is the first one the region's map has figures for, so a first screen
 * is never a map hatched all over as "no data" when another metric has figures to show. It is
 * decided at the region's own year, not the year shown, so playing through the years never
 * switches the map from one metric to another.
 */
export function contextFor(model: DashboardModel, request: ContextRequest): ChartContext {
  const year = yearFor(model, request.region, request.year);
  const metric =
    request.metric ??
    metricWithFigures(model, request.region, yearFor(model, request.region, null));
  return chartContext({ ...request, year, metric });
}
