import type { ChartId } from '../../charts/chartTypes';
import { serializeViewState, type ViewId, type ViewState } from '../../view/urlState';
import { VIEW_CHARTS } from '../../view/viewCharts';
import type { Manifest } from '../../data/types';
import { sourceHref as sourceLink } from '../../i18n/sourceName';

/** The dashboard view that shows a chart; the overview when no view lists it. */
export function viewOfChart(chartId: ChartId): ViewId {
  const entry = Object.entries(VIEW_CHARTS).find(([, charts]) => charts.includes(chartId));
  return (entry?.[0] as ViewId | undefined) ?? 'overview';
}

/**
 * The full dashboard at the embed's view: same region, year, metric, language and theme,
 * and the same `?data=` folder if the embed was given one.
 */
export function dashboardHref(
  chartId: ChartId | null,
  state: ViewState,
  embedSearch: string,
  baseUri: string,
): string {
  const data = new URLSearchParams(embedSearch).get('data');
  const keep = data === null ? '' : new URLSearchParams({ data }).toString();
  const view = chartId === null ? state.view : viewOfChart(chartId);
  return new URL(`index.html${serializeViewState({ ...state, view }, keep)}`, baseUri).href;
}

/** A source as the dashboard's source links open it: the held document, or a citation's URL. */
export const sourceHref = (file: string, baseUri: string, manifest?: Manifest | null): string =>
  new URL(sourceLink(manifest, file), baseUri).href;
