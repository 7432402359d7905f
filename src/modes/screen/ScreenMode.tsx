// Every chart's ECharts modules: the dashboard and the wall may draw any chart.
import '../../charts/echartsSetup';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { viewContext } from '../../view/viewContext';
import { datasetUrl } from '../../load/datasetSource';
import { useResolvedTheme } from '../../view/useResolvedTheme';
import { pick } from '../../i18n/pick';
import { regionNotFound } from '../../i18n/regionNotice';
import { HeroNumbers } from './HeroNumbers';
import { loadScreenDataset } from './loadScreenDataset';
import { MapTour } from './MapTour';
import { buildPlaylist, playlistData, tourStops } from './playlist';
import { parseScreenParams } from './screenParams';
import { ScreenHeader } from './ScreenHeader';
import { ScreenPanel } from './ScreenPanel';
import { slideContent } from './slideContent';
import { StaleWarning } from './StaleWarning';
import { useFullscreen } from './useFullscreen';
import { useRefresh } from './useRefresh';
import { useRotation } from './useRotation';
import { useScreenInput } from './useScreenInput';
import { useScreenLayout } from './useScreenLayout';
import './screen.css';

/** Grid tracks for n panels: the first spans both rows, the rest stack two to a column. */
function gridStyle(n: number, portrait: boolean): React.CSSProperties {
  if (portrait)
    return {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateRows: `repeat(${n}, minmax(0, 1fr))`,
      gridAutoFlow: 'row',
    };
  const rest = Math.ceil((n - 1) / 2);
  return {
    gridTemplateColumns:
      rest === 0 ? 'minmax(0, 1fr)' : `minmax(0, 1.35fr) repeat(${rest}, minmax(0, 1fr))`,
    gridTemplateRows: rest === 0 ? 'minmax(0, 1fr)' : 'repeat(2, minmax(0, 1fr))',
    gridAutoFlow: 'column',
  };
}

/**
 * The wall display, `?mode=screen`: a playlist of regions × views rotating on a timer, data
 * reloaded in the background, laid out afresh for whatever screen it is on.
 */
export default function ScreenMode() {
  const params = useMemo(() => parseScreenParams(window.location.search), []);
  const { lang } = params;
  const theme = useResolvedTheme(params.theme);
  const layout = useScreenLayout();
  const load = useCallback(() => {
    const source = datasetUrl(window.location.search, window.location.href);
    return 'error' in source
      ? Promise.reject(new Error(pick(lang, source.errorZh, source.error)))
      : loadScreenDataset(source.url);
  }, [lang]);
  const data = useRefresh(load, params.refreshMs);
  const model = data.data?.model ?? null;
  // SVG is drawn by a renderer only loaded when asked for.
  const [svgReady, setSvgReady] = useState(params.renderer === 'canvas');
  useEffect(() => {
    if (params.renderer === 'svg')
      void import('../../charts/echartsSvg').then(() => setSvgReady(true));
  }, [params.renderer]);
  const shape = useMemo(
    () => (model ? playlistData(model, params.year) : null),
    [model, params.year],
  );
  const playlist = useMemo(
    () =>
      model && shape
        ? buildPlaylist(params.regions, params.views, shape).filter((s) => model.region(s.region))
        : [],
    [model, shape, params],
  );
  const stops = useMemo(() => (shape ? tourStops(shape) : []), [shape]);
  const unknownRegions = model ? params.regionsGiven.filter((c) => !model.region(c)) : [];
  const rotation = useRotation(playlist.length, params.intervalMs, params.idleMs);
  const fullscreen = useFullscreen();
  useScreenInput(rotation.controller, fullscreen.toggle);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = pick(
      lang,
      '精准扶贫进度 · 大屏',
      'Poverty alleviation progress · wall display',
    );
  }, [lang]);

  const slide = playlist[rotation.index] ?? null;
  const ctx = useMemo(
    () =>
      model && slide
        ? viewContext(model, {
            region: slide.region,
            year: params.year,
            lang,
            theme,
            medium: 'wall',
            fontScale: layout.chartFontScale,
            minFontPx: layout.minChartPx,
            animation: params.animation,
          })
        : null,
    [
      model,
      slide,
      params.year,
      lang,
      theme,
      layout.chartFontScale,
      layout.minChartPx,
      params.animation,
    ],
  );
  const content = useMemo(
    () => (model && slide && ctx ? slideContent(model, slide.view, ctx, layout.maxPanels) : null),
    [model, slide, ctx, layout.maxPanels],
  );
  const region = (slide && model?.region(slide.region)) || null;
  const slideKey = slide ? `${rotation.index}:${slide.region}/${slide.view}` : '';

  return (
    <div className="screen">
      <ScreenHeader
        lang={lang}
        region={region}
        path={region && model ? model.regions.path(region.code).slice(1, -1) : []}
        view={slide?.view ?? null}
        manifest={model?.manifest ?? null}
        sourceFiles={content?.sourceFiles ?? []}
        position={{ index: rotation.index, count: playlist.length }}
        status={rotation.status}
        fullscreen={fullscreen.active}
        onPrevious={rotation.actions.previous}
        onNext={rotation.actions.next}
        onToggle={rotation.actions.toggle}
        onFullscreen={fullscreen.toggle}
      />
      {data.error && data.loadedAt !== null && data.failedAt !== null && (
        <StaleWarning
          loadedAt={data.loadedAt}
          failedAt={data.failedAt}
          error={data.error}
          lang={lang}
        />
      )}
      {unknownRegions.length > 0 && (
        <p className="screen-stale screen-unknown-regions" role="alert">
          ⚠ {regionNotFound(unknownRegions, 'skipped', lang)}
        </p>
      )}
      {model && content && ctx && svgReady ? (
        slide?.view === 'tour' ? (
          <MapTour
            model={model}
            ctx={ctx}
            stops={stops}
            intervalMs={params.intervalMs}
            slideKey={slideKey}
            renderer={params.renderer}
          />
        ) : (
          <>
            <HeroNumbers
              figures={content.headline}
              lang={lang}
              manifest={model.manifest}
              animate={params.animation}
              runKey={`${slide?.region}/${ctx.year}`}
            />
            <main className="screen-grid" style={gridStyle(content.panels.length, layout.portrait)}>
              {content.panels.map((id, i) => (
                <ScreenPanel
                  key={i}
                  chartId={id}
                  model={model}
                  ctx={ctx}
                  slideKey={slideKey}
                  renderer={params.renderer}
                  tall={
                    !layout.portrait &&
                    (i === 0 ||
                      (i === content.panels.length - 1 && content.panels.length % 2 === 0))
                  }
                />
              ))}
            </main>
          </>
        )
      ) : (
        <p className="screen-message" role={data.error ? 'alert' : 'status'}>
          {data.error
            ? pick(
                lang,
                `无法加载数据：${data.error}。稍后自动重试。`,
                `Could not load the data: ${data.error}. Retrying shortly.`,
              )
            : model
              ? pick(
                  lang,
                  '播放列表中的地区都不在数据中。',
                  'None of the playlist regions is in the dataset.',
                )
              : pick(lang, '正在加载数据…', 'Loading data…')}
        </p>
      )}
    </div>
  );
}
