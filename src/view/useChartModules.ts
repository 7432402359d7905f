import { useEffect, useState } from 'react';
import { chartModulesRegistered, loadCharts } from '../charts/chartLoaders';
import type { ChartId } from '../charts/chartTypes';

/**
 * Whether these charts' definitions are loaded and their ECharts modules registered (true),
 * still loading (false), or failed to load (the error); once true, loadedChart gives each. A
 * page renders a chart only then: an instance created before its modules would lack their
 * processors for good. So the dashboard downloads a chart's builder and modules (the map's)
 * only for a view that shows it.
 */
export function useChartModules(ids: readonly ChartId[]): boolean | Error {
  const key = ids.join(',');
  const [failed, setFailed] = useState<{ key: string; error: Error } | null>(null);
  const [, loaded] = useState(0);
  const ready = chartModulesRegistered(ids);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadCharts(key.split(',') as ChartId[]).then(
      () => live && loaded((n) => n + 1),
      (error: unknown) => live && setFailed({ key, error: error as Error }),
    );
    return () => {
      live = false;
    };
  }, [key, ready]);
  return ready || (failed?.key === key ? failed.error : false);
}
