import { useEffect, useState } from 'react';
import { RefreshController, type RefreshState } from '../../controllers/refreshController';

const RETRY_MS = 60_000;

/** Loads now and every interval; a failed reload keeps the last good data. */
export function useRefresh<T>(load: () => Promise<T>, intervalMs: number): RefreshState<T> {
  const [state, setState] = useState<RefreshState<T>>({
    data: null,
    loadedAt: null,
    error: null,
    failedAt: null,
  });
  useEffect(() => {
    const controller = new RefreshController({
      load,
      intervalMs,
      retryMs: RETRY_MS,
      onChange: setState,
    });
    void controller.refresh();
    return () => controller.dispose();
  }, [load, intervalMs]);
  return state;
}
