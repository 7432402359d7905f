import { useEffect, useMemo, useState } from 'react';
import { contextFor } from '../../charts/chartContext';
import type { ChartDefinition } from '../../charts/chartTypes';
import type { ThemeName } from '../../charts/theme';
import { syntheticLabel } from '../../export/exportMeta';
import { formatDate } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { EChart } from '../../view/EChart';
import { FlagDetails, NoData, SourceLine } from '../../view/FigureParts';
import type { ViewState } from '../../view/urlState';
import { useElementWidth } from '../../view/useElementWidth';
import { exportFileName } from '../../export/fileName';
import { regionName } from '../../charts/rows/rowText';
import { creditLine, singleYear, titleWithYear } from './embedCredit';
import { embedChartHeight } from '../../view/embed/embedHeight';
import { sourceHref } from './embedLinks';

export interface EmbedFigureProps {
  model: DashboardModel;
  /** The chart, loaded with its ECharts modules (chartLoaders.ts). */
  chart: ChartDefinition;
  state: ViewState;
  theme: ThemeName;
  /** The full dashboard at this view. */
  dashboard: string;
  /** Called after each chart render, so the host hears the final height. */
  onRendered: () => void;
  /** The newsroom's takeaway under the title (plain text, already capped); '' for none. */
  subtitle: string;
}

/** Title, the chart built for the frame's real width, its sources and flags, and the way out. */
export function EmbedFigure(props: EmbedFigureProps) {
  const [box, width] = useElementWidth<HTMLElement>();
  return (
    <main className="embed" ref={box}>
      {width !== null && <EmbedContent {...props} width={width} />}
    </main>
  );
}

function EmbedContent({
  model,
  chart,
  state,
  theme,
  dashboard,
  onRendered,
  subtitle,
  width,
}: EmbedFigureProps & { width: number }) {
  const { lang } = state;
  const built = useMemo(
    () =>
      chart.build(
        model,
        contextFor(model, {
          region: state.region,
          year: state.year,
          metric: state.metric,
          lang,
          theme,
          decal: state.decal,
          width,
        }),
      ),
    [model, chart, state, lang, theme, width],
  );
  const title = titleWithYear(built.title, singleYear(built.table), lang);
  const [csvHref, setCsvHref] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // The CSV writer (PapaParse) loads after the chart, not before it.
    void import('../../export/csvExport').then(({ tableCsv }) => {
      const csv = tableCsv(built.table, lang, model.manifest);
      if (live) setCsvHref(`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`);
    });
    return () => {
      live = false;
    };
  }, [built.table, lang, model.manifest]);
  const csvName = exportFileName({
    regionCode: state.region,
    regionName: regionName(model, state.region, lang),
    what: chart.id,
    date: model.manifest?.as_of ?? '',
    lang,
    ext: 'csv',
  });
  const events = useMemo(() => ({ finished: onRendered }), [onRendered]);
  const asOf = model.manifest?.as_of;

  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <>
      <h1 className="embed-title">{title}</h1>
      {subtitle !== '' && <p className="embed-subtitle">{subtitle}</p>}
      {model.synthetic && (
        <p className="embed-synthetic" role="note">
          {syntheticLabel(lang)}
        </p>
      )}
      <div className="embed-chart">
        {built.option ? (
          <EChart
            option={built.option}
            height={embedChartHeight(built.height)}
            maps={built.maps}
            ownMaps={built.ownMaps}
            label={built.description}
            onEvents={events}
            lang={lang}
          />
        ) : (
          <NoData lang={lang} />
        )}
      </div>
      <footer className="embed-foot">
        <SourceLine
          files={built.sourceFiles}
          manifest={model.manifest}
          href={(f) => sourceHref(f, document.baseURI, model.manifest)}
          lang={lang}
          className="embed-source"
        />
        <FlagDetails flags={built.flags} lang={lang} className="embed-flags" />
        <p className="embed-meta">
          {asOf && (
            <span>
              {pick(
                lang,
                `数据截至${formatDate(asOf, lang)}`,
                `Data as of ${formatDate(asOf, lang)}`,
              )}{' '}
              ·{' '}
            </span>
          )}
          <a href={dashboard} target="_blank" rel="noopener">
            {pick(lang, '查看完整看板 ↗', 'Open the full dashboard ↗')}
          </a>
          {built.option && (
            <>
              {' '}
              ·{' '}
              <a className="embed-getdata" href={csvHref} download={csvName}>
                {pick(lang, '获取数据', 'Get the data')}
              </a>
            </>
          )}
        </p>
        <p className="embed-credit">{creditLine(model.manifest, lang)}</p>
      </footer>
    </>
  );
}
