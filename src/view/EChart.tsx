import { useEffect, useState, type Ref } from 'react';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts, echartsLocale } from '../charts/echartsSetup';
import type { Lang } from '../i18n/format';
import { ensureMaps } from './mapLoader';

export interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  maps: readonly string[];
  label: string;
  onEvents?: Record<string, (params: unknown) => void>;
  chartRef?: Ref<EChartsReactCore>;
  renderer?: 'canvas' | 'svg';
  /** Month names and aria phrases; defaults to Chinese, the UI's default language. */
  lang?: Lang;
}

/**
 * The one wrapper around echarts-for-react. notMerge, because a series removed from the
 * option must disappear; maps are registered before the first setOption.
 */
export function EChart({
  option,
  height,
  maps,
  label,
  onEvents,
  chartRef,
  lang = 'zh',
  renderer = 'canvas',
}: EChartProps) {
  const key = maps.join(',');
  const [ready, setReady] = useState<string | null>(maps.length === 0 ? '' : null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    ensureMaps(key === '' ? [] : key.split(',')).then(
      () => live && setReady(key),
      (e: unknown) => live && setError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [key]);

  if (error)
    return (
      <p role="alert" className="chart-error">
        {error}
      </p>
    );
  if (ready !== key) return <div className="chart-loading" style={{ height }} aria-busy="true" />;
  return (
    <div role="img" aria-label={label} className="chart-canvas">
      <EChartsReactCore
        ref={chartRef}
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate={false}
        style={{ height, width: '100%' }}
        opts={{ renderer, locale: echartsLocale(lang) }}
        onEvents={onEvents}
      />
    </div>
  );
}
