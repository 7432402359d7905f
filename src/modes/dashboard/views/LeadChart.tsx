import { useMemo } from 'react';
import type { BuiltChart, ChartContext, ChartDefinition } from '../../../charts/chartTypes';
import type { Lang } from '../../../i18n/format';
import type { DashboardModel } from '../../../model/dashboardModel';
import { ChartCard } from '../../../view/ChartCard';
import { useElementWidth } from '../../../view/useElementWidth';
import { ExportMenu } from '../ExportMenu';

/**
 * Whether a chart draws a plot, not only figures: a single number is already a headline card,
 * and beside it would only say it twice.
 */
export const drawsPlot = (built: BuiltChart): boolean => {
  const series = (built.option as { series?: unknown } | null)?.series;
  return Array.isArray(series) && series.length > 0;
};

interface LeadChartProps {
  chart: ChartDefinition;
  model: DashboardModel;
  /** The view's context; the chart is built for its own column's width. */
  ctx: ChartContext;
  lang: Lang;
}

/**
 * A chart beside the headline figures on the overview, built for the column it gets: the
 * trend behind the figures (the headcount falling to 0) on the first screen, not under the map.
 * Nothing at all where the region has no such series: the figures then take the row.
 */
export function LeadChart({ chart: def, model, ctx, lang }: LeadChartProps) {
  const [box, width] = useElementWidth<HTMLDivElement>();
  const own = useMemo(
    () => (width === null ? null : { ...ctx, width: Math.max(280, width - 32) }),
    [ctx, width],
  );
  const built = useMemo(() => (own ? def.build(model, own) : null), [def, model, own]);
  return (
    <div className="lead-chart" ref={box}>
      {own && built && drawsPlot(built) && (
        <ChartCard
          chartId={def.id}
          built={built}
          lang={lang}
          manifest={model.manifest}
          actions={<ExportMenu chart={def} model={model} ctx={own} lang={lang} />}
        />
      )}
    </div>
  );
}
