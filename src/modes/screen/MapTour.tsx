import { useCallback, useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from '../../charts/chartTypes';
import { THEMES } from '../../charts/theme';
import { regionNameOf } from '../../i18n/figureNotes';
import { pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { headlineFigures } from '../../model/headline';
import { HeroNumbers } from './HeroNumbers';
import { tourOption, tourStop } from './mapTour';
import { ScreenPanel } from './ScreenPanel';
import { usePager } from './usePager';

/** Figures a stop shows beside the map: its hero numbers, the first few the sources give. */
const STOP_FIGURES = 3;

export interface MapTourProps {
  model: DashboardModel;
  /** The nation's context: the map drawn is the national one. */
  ctx: ChartContext;
  stops: readonly string[];
  /** The slide's time, shared between the stops. */
  intervalMs: number;
  slideKey: string;
  renderer: 'canvas' | 'svg';
}

/**
 * The map tour: the national map with every region that has data pinned, visiting each in
 * turn: its province outlined, its pin ringed, and beside the map its name and figures, each
 * with its year and source.
 */
export function MapTour({ model, ctx, stops, intervalMs, slideKey, renderer }: MapTourProps) {
  const { lang } = ctx;
  const at = usePager(stops.length, slideKey, Math.max(1, intervalMs / Math.max(1, stops.length)));
  const code = stops[at] ?? '';
  const region = model.region(code);
  const path = region ? model.regions.path(code) : [];
  const stop = useMemo(() => tourStop(model, code, lang), [model, code, lang]);
  const decorate = useCallback(
    (option: EChartsCoreOption) => tourOption(option, stop, THEMES[ctx.theme], ctx.minFontPx ?? 0),
    [stop, ctx.theme, ctx.minFontPx],
  );
  const figures = region
    ? headlineFigures(model, code, model.defaultYear(code))
        .filter((f) => f.value !== null)
        .slice(0, STOP_FIGURES)
    : [];
  return (
    <main className="screen-tour" data-stop={code}>
      <ScreenPanel
        chartId="map"
        model={model}
        ctx={ctx}
        tall={false}
        slideKey={slideKey}
        renderer={renderer}
        decorate={decorate}
      />
      <section className="screen-tour-stop" aria-live="polite">
        <p className="screen-tour-count">
          {pick(lang, '有数据的地区', 'Regions with data')} {at + 1}/{stops.length}
        </p>
        <h2>{region ? regionNameOf(region, lang) : code}</h2>
        {path.length > 2 && (
          <p className="screen-tour-path">
            {path
              .slice(1, -1)
              .map((r) => regionNameOf(r, lang))
              .join(' › ')}
          </p>
        )}
        <HeroNumbers
          figures={figures}
          lang={lang}
          manifest={model.manifest}
          animate={ctx.animation}
          runKey={`${slideKey}:${code}`}
          stacked
        />
      </section>
    </main>
  );
}
