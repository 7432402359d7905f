import { useEffect, useState } from 'react';
import { chartModulesRegistered, registerChartModules } from '../charts/chartLoaders';
import type { ChartId } from '../charts/chartTypes';
import { getChart } from '../charts/registry';

/**
 * Whether the ECharts modules of these charts are registered (true), still loading (false),
 * or failed to load (the error). A page renders a chart only once they are: an instance
 * created before its modules would lack their processors for good. So the dashboard
 * downloads the map's modules only for a view that shows the map.
 */
export function useChartModules(ids: readonly ChartId[]): boolean | Error {
  const key = ids.join(',');
  const [failed, setFailed] = useState<{ key: string; error: Error } | null>(null);
  const [, loaded] = useState(0);
  const ready = chartModulesRegistered(ids);
  useEffect(() => {
    if (ready) return;
    let live = true;
    registerChartModules(key.split(',').map((id) => getChart(id as ChartId))).then(
      () => live && loaded((n) => n + 1),
      (error: unknown) => live && setFailed({ key, error: error as Error }),
    );
    return () => {
      live = false;
    };
  }, [key, ready]);
  return ready || (failed?.key === key ? failed.error : false);
}
