import { useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext, ChartId, FlagNote } from '../../charts/chartTypes';
import { chartInBox } from '../../charts/chartInBox';
import { getChart } from '../../charts/registry';
import { EChart } from '../../view/EChart';
import { NoData } from '../../view/FigureParts';
import type { Lang } from '../../i18n/format';
import { FLAG_LABELS } from '../../i18n/labels';
import { pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { useElementSize } from './useElementSize';
import { usePager } from './usePager';

/** A chart taller than its cell is shown a page at a time, for this long each. */
const PAGE_MS = 5000;

/**
 * One quiet mark for a panel's data-quality notes: visitors see that there are notes, and the
 * dashboard, where they can be read, has them. The hover title lists them for whoever is near.
 */
function FlagMark({ flags, lang }: { flags: readonly FlagNote[]; lang: Lang }) {
  if (flags.length === 0) return null;
  return (
    <p
      className="screen-panel-flags"
      aria-label={pick(
        lang,
        `${flags.length}条数据说明，详见看板`,
        `${flags.length} data notes, see the dashboard`,
      )}
      title={flags.map((f) => `${FLAG_LABELS[f.flag][lang]}：${f.note}`).join('\n')}
    >
      ⚠ {flags.length}
    </p>
  );
}

export interface ScreenPanelProps {
  chartId: ChartId;
  model: DashboardModel;
  ctx: ChartContext;
  /** Spans both rows of the grid. */
  tall: boolean;
  /** Changes with the slide: a paged chart starts again from its first page. */
  slideKey: string;
  renderer: 'canvas' | 'svg';
  /** Marks drawn over the built chart (the map tour's current stop); stable between stops. */
  decorate?: (option: EChartsCoreOption) => EChartsCoreOption;
}

/**
 * One panel of the wall. The parent keys panels by position, so a panel keeps its ECharts
 * instance from slide to slide and only its option changes.
 */
export function ScreenPanel({
  chartId,
  model,
  ctx,
  tall,
  slideKey,
  renderer,
  decorate,
}: ScreenPanelProps) {
  const [bodyRef, size] = useElementSize<HTMLDivElement>();
  const def = getChart(chartId);
  const { lang } = ctx;
  // The chart lays itself out for the wall (ctx.medium) in this panel's box.
  const sheet = useMemo(
    () =>
      size.height > 0
        ? chartInBox(def, model, {
            ...ctx,
            width: size.width,
            height: size.height,
          })
        : null,
    [def, model, ctx, size.width, size.height],
  );
  const pages = sheet?.pages ?? 1;
  const sheetHeight = sheet?.height ?? size.height;
  const page = usePager(pages, slideKey, PAGE_MS);
  const offset = sheet?.offset(page) ?? 0;
  // A chart that pages itself is built again for each page, the same fit kept.
  const built = useMemo(() => sheet?.chart(page) ?? null, [sheet, page]);
  const option = useMemo(
    () => (built?.option && decorate ? decorate(built.option) : (built?.option ?? null)),
    [built, decorate],
  );
  const title = built?.title ?? def.title(lang);
  return (
    <section
      className={tall ? 'screen-panel screen-panel-tall' : 'screen-panel'}
      data-chart={chartId}
      aria-label={title}
    >
      <header className="screen-panel-head">
        <h2>{title}</h2>
        {pages > 1 && (
          <p className="screen-panel-pages" aria-hidden="true">
            {page + 1}/{pages}
          </p>
        )}
        {built && <FlagMark flags={built.flags} lang={lang} />}
      </header>
      <div className="screen-panel-body" ref={bodyRef}>
        {built &&
          (option ? (
            <div className="screen-panel-sheet" style={{ top: -offset, height: sheetHeight }}>
              <EChart
                option={option}
                height={sheetHeight}
                maps={built.maps}
                ownMaps={built.ownMaps}
                label={built.description}
                lang={lang}
                renderer={renderer}
              />
            </div>
          ) : (
            <NoData lang={lang} className="screen-no-data" />
          ))}
      </div>
    </section>
  );
}
