import type { ChartContext, ChartId } from '../../charts/chartTypes';
import { CHART_LIST, getChart } from '../../charts/registry';
import { VIEW_CHARTS } from '../../view/viewCharts';
import { headlineFigures, type HeadlineFigure } from '../../model/headline';
import type { DashboardModel } from '../../model/dashboardModel';
import type { SlideView } from './screenParams';

/** Charts that fill spare panels, most telling first: by the rank each chart declares. */
const FILLERS: readonly ChartId[] = CHART_LIST.flatMap((c) =>
  c.wallRank === null ? [] : [{ id: c.id, rank: c.wallRank }],
)
  .sort((a, b) => a.rank - b.rank)
  .map((c) => c.id);

export interface SlideContent {
  panels: ChartId[];
  headline: HeadlineFigure[];
  /** Every source file behind the figures and charts on screen. */
  sourceFiles: string[];
}

/**
 * What a slide shows: the view's own charts always (saying "no data" when the sources are
 * silent, so the view's name never lies) and other charts of the region that have data, up
 * to the panels the screen has room for. Charts with data come first, so the large panel
 * never holds a "no data" note while a small one holds a chart.
 */
export function slideContent(
  model: DashboardModel,
  view: SlideView,
  ctx: ChartContext,
  maxPanels: number,
): SlideContent {
  // The tour is the national map alone; its stops carry their own figures and sources.
  if (view === 'tour') {
    const map = getChart('map').build(model, ctx);
    return { panels: ['map'], headline: [], sourceFiles: [...map.sourceFiles].sort() };
  }
  const own = VIEW_CHARTS[view];
  // The view's own charts too: the assistance chart is no filler, and has data or not all the same.
  const built = new Map(
    [...new Set([...own, ...FILLERS])].map((id) => [id, getChart(id).build(model, ctx)]),
  );
  const hasData = (id: ChartId) => Boolean(built.get(id)?.option);
  const fillers = FILLERS.filter((id) => !own.includes(id) && hasData(id));
  const silent = own.filter((id) => !hasData(id));
  const shown = [...own.filter(hasData), ...fillers].slice(
    0,
    Math.max(0, maxPanels - silent.length),
  );
  const panels = [...shown, ...silent];
  const headline = headlineFigures(model, ctx.region, ctx.year);
  const files = new Set([
    ...headline.flatMap((f) => f.sources.map((s) => s.sourceFile)),
    ...panels.flatMap((id) => built.get(id)?.sourceFiles ?? []),
  ]);
  return { panels, headline, sourceFiles: [...files].sort() };
}
