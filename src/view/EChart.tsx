import type { GeoFeatureCollection } from '../charts/mapCatalog';
import { useEffect, useMemo, useRef, useState, type PointerEvent, type Ref } from 'react';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts, echartsLocale } from '../charts/echartsCore';
import { registerTooltipModules, tooltipRegistered } from '../charts/tooltipModules';
import type { Lang } from '../i18n/format';
import { ensureMaps } from './mapLoader';

export interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  maps: readonly string[];
  /** Those of `maps` drawn from the dataset's own boundaries. */
  ownMaps?: ReadonlyMap<string, GeoFeatureCollection>;
  label: string;
  onEvents?: Record<string, (params: unknown) => void>;
  chartRef?: Ref<EChartsReactCore>;
  renderer?: 'canvas' | 'svg';
  /** Month names and aria phrases; defaults to Chinese, the UI's default language. */
  lang?: Lang;
}

/** The option without its tooltip, and the tooltip to add when a pointer comes. */
function splitTooltip(option: EChartsCoreOption) {
  const { tooltip, ...drawn } = option;
  return { tooltip, drawn };
}

/**
 * The one wrapper around echarts-for-react. notMerge, because a series removed from the
 * option must disappear; maps are registered before the first setOption.
 *
 * The tooltip joins the chart only when a pointer enters it. With notMerge, every setOption
 * builds a new HTML tooltip, and building one reads the page's layout (the chart's offset):
 * a forced layout in every region switch, for a tooltip nobody is pointing at. Its code loads
 * then too: an instance created before it was registered is created again, drawn at once
 * without the entry animation it has already played.
 */
export function EChart({
  option,
  height,
  maps,
  ownMaps,
  label,
  onEvents,
  chartRef,
  lang = 'zh',
  renderer = 'canvas',
}: EChartProps) {
  const key = maps.join(',');
  const [ready, setReady] = useState<string | null>(maps.length === 0 ? '' : null);
  const [error, setError] = useState<string | null>(null);
  const { tooltip, drawn } = useMemo(() => splitTooltip(option), [option]);
  const tooltipOf = useRef<EChartsCoreOption | null>(null);
  // Whether this instance was created with the tooltip's modules registered; the option it
  // was created again for, once they were.
  const [canTip, setCanTip] = useState(tooltipRegistered);
  const [recreatedFor, setRecreatedFor] = useState<EChartsCoreOption | null>(null);
  const shown = useMemo(
    () => (recreatedFor === drawn ? { ...drawn, tooltip, animation: false } : drawn),
    [recreatedFor, drawn, tooltip],
  );
  const addTooltip = (e: PointerEvent<HTMLDivElement>) => {
    if (tooltip === undefined || tooltipOf.current === drawn) return;
    tooltipOf.current = drawn;
    if (!canTip) {
      registerTooltipModules().then(
        () => {
          setRecreatedFor(drawn);
          setCanTip(true);
        },
        // Not loaded (the network went away): the next pointer tries again.
        () => (tooltipOf.current = null),
      );
      return;
    }
    const chart = echarts.getInstanceByDom(e.currentTarget.firstElementChild as HTMLElement);
    chart?.setOption({ tooltip });
  };

  useEffect(() => {
    let live = true;
    ensureMaps(key === '' ? [] : key.split(','), ownMaps).then(
      () => live && setReady(key),
      (e: unknown) => live && setError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [key, ownMaps]);

  if (error)
    return (
      <p role="alert" className="chart-error">
        {error}
      </p>
    );
  if (ready !== key) return <div className="chart-loading" style={{ height }} aria-busy="true" />;
  return (
    <div
      role="img"
      aria-label={label}
      className="chart-canvas"
      onPointerEnter={addTooltip}
      onPointerMove={addTooltip}
    >
      <EChartsReactCore
        key={canTip ? 'tooltip' : 'drawn'}
        ref={chartRef}
        echarts={echarts}
        option={shown}
        notMerge
        lazyUpdate={false}
        style={{ height, width: '100%' }}
        opts={{ renderer, locale: echartsLocale(lang) }}
        onEvents={onEvents}
      />
    </div>
  );
}
