import { useMemo } from 'react';
import type { ChartDefinition } from '../../charts/chartTypes';
import { loadedChart } from '../../charts/chartLoaders';
import type { ReadResult } from '../../data/readDataset';
import type { Level } from '../../data/types';
import { pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { ChartCard } from '../../view/ChartCard';
import { EmbedButton } from './EmbedDialog';
import { ExportMenu, ReportButton } from './ExportMenu';
import { DatasetBanner } from './DatasetBanner';
import { RegionNavigator } from './RegionNavigator';
import { SourcesView } from './SourcesView';
import { Tabs } from '../../view/Tabs';
import { useElementWidth } from '../../view/useElementWidth';
import { contextFor } from '../../charts/chartContext';
import { regionParam, VIEW_LABELS, VIEWS, type ViewState } from '../../view/urlState';
import { whyNoRegions } from '../../data/report';
import { regionNotFound } from '../../i18n/regionNotice';
import { VIEW_CHARTS } from '../../view/viewCharts';
import { useChartModules } from '../../view/useChartModules';
import { LEAD_CHART, shownCharts } from './shownCharts';
import { DataPlaces } from './views/DataPlaces';
import { Headline } from './views/Headline';
import { drawsPlot, LeadChart } from './views/LeadChart';
import { YearPlayer } from './views/YearPlayer';
import { VillageList } from './views/VillageList';
import { dataPlaces } from '../../model/dataPlaces';
import { headlineFigures } from '../../model/headline';
import { villagesByTownship } from '../../model/villageList';
import { METRICS, type MetricKey } from '../../model/metrics';
import { METRIC_LABELS } from '../../i18n/labels';

/** Levels whose overview lists where below them the data is. */
const ABOVE_COUNTY: ReadonlySet<Level> = new Set(['nation', 'province', 'prefecture']);

export interface DashboardProps {
  model: DashboardModel;
  result: ReadResult;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  theme: 'light' | 'dark';
}

export function Dashboard({ model, result, state, update, theme }: DashboardProps) {
  const { lang } = state;
  const region = model.region(state.region) ?? model.regions.root;
  // The URL changes before the state does (useViewState), so this follows every navigation.
  const asked = regionParam(window.location.search);
  const notFound = asked !== null && !model.region(asked) ? asked : null;
  const code = region?.code ?? state.region;
  const [mainRef, width] = useElementWidth<HTMLDivElement>();
  const ctx = useMemo(
    () =>
      contextFor(model, {
        region: code,
        year: state.year,
        metric: state.metric,
        lang,
        theme,
        decal: state.decal,
        width: Math.max(280, (width ?? 0) - 32),
      }),
    [model, code, state.year, state.metric, lang, theme, state.decal, width],
  );
  const { year } = ctx;
  // No chart of the view is created before its ECharts modules are registered.
  const modules = useChartModules(shownCharts(state.view));
  // The overview shows the trend behind the figures beside them, where the region has one.
  const lead = useMemo(
    () => state.view === 'overview' && drawsPlot(LEAD_CHART.build(model, ctx)),
    [state.view, model, ctx],
  );
  const mapEvents = useMemo(
    () => ({
      click: (p: unknown) => {
        const adcode = (p as { data?: { adcode?: string } }).data?.adcode;
        if (adcode && model.region(adcode)) update({ region: adcode });
      },
    }),
    [model, update],
  );
  const player = (
    <YearPlayer years={model.years} year={year} lang={lang} onChange={(y) => update({ year: y })} />
  );
  /** The controls a chart declares: a metric picker, a year player. */
  const controlsOf = (wanted: ChartDefinition['controls']) =>
    (wanted.metric || wanted.year) && (
      <div className="map-controls">
        {wanted.metric && (
          <label>
            {pick(lang, '指标', 'Metric')}{' '}
            <select
              value={ctx.metric}
              onChange={(e) => update({ metric: e.target.value as MetricKey })}
            >
              {METRICS.map((m) => (
                <option key={m} value={m}>
                  {METRIC_LABELS[m][lang]}
                </option>
              ))}
            </select>
          </label>
        )}
        {wanted.year && player}
      </div>
    );

  if (!region) {
    const why = whyNoRegions(result.report);
    return (
      <div className="dashboard">
        <DatasetBanner model={model} result={result} lang={lang} />
        <p role="alert" className="dataset-problems">
          {pick(lang, why.zh, why.en)}
        </p>
      </div>
    );
  }
  return (
    <div className="dashboard">
      <DatasetBanner model={model} result={result} lang={lang} />
      {notFound !== null && (
        <p role="status" className="dataset-problems region-not-found">
          {regionNotFound([notFound], 'nation', lang)}
        </p>
      )}
      <div className="dashboard-body">
        <aside className="sidebar">
          <RegionNavigator
            model={model}
            code={code}
            lang={lang}
            onSelect={(c) => update({ region: c })}
          />
        </aside>
        <main className="main" ref={mainRef}>
          <div className="region-head">
            <h2 className="region-title">
              {lang === 'en' && region.nameEn ? region.nameEn : region.name}
            </h2>
            <ReportButton model={model} region={code} ctx={ctx} lang={lang} />
          </div>
          <div className={lead ? 'lead' : undefined}>
            <Headline
              figures={headlineFigures(model, code, year)}
              lang={lang}
              manifest={model.manifest}
            />
            {lead && modules === true && (
              <LeadChart chart={LEAD_CHART} model={model} ctx={ctx} lang={lang} />
            )}
          </div>
          {state.view === 'overview' && ABOVE_COUNTY.has(region.level) && (
            <DataPlaces
              {...dataPlaces(model, code)}
              lang={lang}
              onSelect={(c) => update({ region: c })}
            />
          )}
          <Tabs
            idPrefix="view"
            label={pick(lang, '视图', 'Views')}
            active={state.view}
            onSelect={(v) => update({ view: v })}
            items={VIEWS.map((id) => ({ id, label: pick(lang, ...VIEW_LABELS[id]) }))}
          />
          <div
            id="view-panel"
            role="tabpanel"
            aria-labelledby={`view-tab-${state.view}`}
            className="view-panel"
          >
            {state.view === 'sources' ? (
              <SourcesView model={model} result={result} lang={lang} />
            ) : modules instanceof Error ? (
              <p role="alert" className="chart-error">
                {pick(lang, '无法加载图表：', 'Could not load the charts: ')}
                {modules.message}
              </p>
            ) : (
              width !== null &&
              modules &&
              VIEW_CHARTS[state.view].map((id) => {
                const def = loadedChart(id);
                const built = def.build(model, ctx);
                const embed = (
                  <EmbedButton chartId={id} state={state} height={built.height} lang={lang} />
                );
                const actions = (
                  <ExportMenu chart={def} model={model} ctx={ctx} lang={lang} extra={embed} />
                );
                return (
                  <ChartCard
                    key={id}
                    chartId={id}
                    built={built}
                    actions={actions}
                    lang={lang}
                    manifest={model.manifest}
                    onEvents={def.drillsDown ? mapEvents : undefined}
                    controls={controlsOf(def.controls) || undefined}
                  />
                );
              })
            )}
            {state.view === 'timeline' && (
              <VillageList
                groups={villagesByTownship(model, code)}
                lang={lang}
                manifest={model.manifest}
              />
            )}
          </div>
        </main>
      </div>
    </div>
  );
}
