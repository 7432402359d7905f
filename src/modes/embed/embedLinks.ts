import type { ChartDefinition } from '../../charts/chartTypes';
import { serializeViewState, type ViewId, type ViewState } from '../../view/urlState';
import type { Manifest } from '../../data/types';
import { sourceHref as sourceLink } from '../../i18n/sourceName';

/** The dashboard view that shows a chart (the first it declares); the overview when none does. */
export const viewOfChart = (chart: Pick<ChartDefinition, 'views'>): ViewId =>
  chart.views[0] ?? 'overview';

/**
 * The full dashboard at the embed's view: same region, year, metric, language and theme,
 * and the same `?data=` folder if the embed was given one.
 */
export function dashboardHref(
  /** The chart, once its definition has loaded; null before, or for an unknown chart. */
  chart: Pick<ChartDefinition, 'views'> | null,
  state: ViewState,
  embedSearch: string,
  baseUri: string,
): string {
  const data = new URLSearchParams(embedSearch).get('data');
  const keep = data === null ? '' : new URLSearchParams({ data }).toString();
  const view = chart === null ? state.view : viewOfChart(chart);
  return new URL(`index.html${serializeViewState({ ...state, view }, keep)}`, baseUri).href;
}

/** A source as the dashboard's source links open it: the held document, or a citation's URL. */
export const sourceHref = (file: string, baseUri: string, manifest?: Manifest | null): string =>
  new URL(sourceLink(manifest, file), baseUri).href;
