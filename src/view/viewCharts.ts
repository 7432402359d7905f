import type { ChartId } from '../charts/chartTypes';
import { CHART_LIST } from '../charts/registry';
import { VIEWS, type ViewId } from './urlState';

/** Which charts each dashboard view shows, in order: the views each chart declares. */
export const VIEW_CHARTS = Object.fromEntries(
  VIEWS.map((view): [ViewId, readonly ChartId[]] => [
    view,
    CHART_LIST.filter((c) => (c.views as readonly string[]).includes(view)).map((c) => c.id),
  ]),
) as Record<ViewId, readonly ChartId[]>;
