import { useEffect, useMemo } from 'react';
import { chartContext } from '../../charts/chartContext';
import type { ChartDefinition } from '../../charts/chartTypes';
import type { ThemeName } from '../../charts/theme';
import { syntheticLabel } from '../../export/exportMeta';
import { formatDate } from '../../i18n/format';
import { FLAG_LABELS } from '../../i18n/labels';
import { pick } from '../../i18n/pick';
import { sourceName } from '../../i18n/sourceName';
import type { DashboardModel } from '../../model/dashboardModel';
import { EChart } from '../../view/EChart';
import type { ViewState } from '../../view/urlState';
import { useElementWidth } from '../../view/useElementWidth';
import { tableCsv } from '../../export/csvExport';
import { exportChart } from '../../export/exportChart';
import { exportFileName } from '../../export/fileName';
import { regionName } from '../../charts/rowChartParts';
import { creditLine, singleYear, titleWithYear } from './embedCredit';
import { embedChartHeight } from './embedHeight';
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
  // As exports draw it: a legend shows every entry in rows instead of paging ("1/9").
  const built = useMemo(
    () =>
      exportChart(
        chart.build(
          model,
          chartContext({
            region: state.region,
            year: state.year ?? model.defaultYear(state.region),
            metric: state.metric,
            lang,
            theme,
            decal: state.decal,
            width,
          }),
        ),
        width,
      ),
    [model, chart, state, lang, theme, width],
  );
  const title = titleWithYear(built.title, singleYear(built.table), lang);
  const csvHref = useMemo(
    () =>
      `data:text/csv;charset=utf-8,${encodeURIComponent(tableCsv(built.table, lang, model.manifest))}`,
    [built.table, lang, model.manifest],
  );
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
          <p className="no-data" role="note">
            {pick(
              lang,
              '无数据：来源文件未提供此地区的这项数据。',
              'No data: the sources give no such figures for this region.',
            )}
          </p>
        )}
      </div>
      <footer className="embed-foot">
        {built.sourceFiles.length > 0 && (
          <p className="embed-source">
            {pick(lang, '来源：', 'Source: ')}
            {built.sourceFiles.map((f, i) => (
              <span key={f}>
                {i > 0 && pick(lang, '；', '; ')}
                <a
                  href={sourceHref(f, document.baseURI, model.manifest)}
                  target="_blank"
                  rel="noopener"
                >
                  {sourceName(model.manifest, f, lang)}
                </a>
              </span>
            ))}
          </p>
        )}
        {built.flags.length > 0 && (
          <details className="embed-flags">
            <summary>
              ⚠{' '}
              {pick(
                lang,
                `${built.flags.length} 项数据质量提示`,
                `${built.flags.length} data-quality flag${built.flags.length > 1 ? 's' : ''}`,
              )}
            </summary>
            <ul>
              {built.flags.map((f) => (
                <li key={f.id}>
                  <strong>{FLAG_LABELS[f.flag][lang]}</strong>{' '}
                  {pick(lang, `「${f.quote}」`, `“${f.quote}”`)} {f.note}
                </li>
              ))}
            </ul>
          </details>
        )}
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
