import { CHART_IDS, type ChartId } from '../charts/chartTypes';
import { VIEWS, type ViewId } from './urlState';

// Each chart folder's views.ts: a page that shows some views loads no other chart's builder.
const VIEWS_OF = import.meta.glob<readonly ViewId[]>('../charts/*/views.ts', {
  eager: true,
  import: 'views',
});

/** Which charts each dashboard view shows, in order: the views each chart declares. */
export const VIEW_CHARTS = Object.fromEntries(
  VIEWS.map((view): [ViewId, readonly ChartId[]] => [
    view,
    CHART_IDS.filter((id) => VIEWS_OF[`../charts/${id}/views.ts`]!.includes(view)),
  ]),
) as Record<ViewId, readonly ChartId[]>;
