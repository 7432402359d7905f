import { useEffect, useState } from 'react';
import { datasetUrl } from '../../load/datasetSource';
import { fetchReader, readDataset } from '../../data/readDataset';
import { DashboardModel } from '../../model/dashboardModel';

export type EmbedData =
  | { status: 'loading' }
  | { status: 'ready'; model: DashboardModel }
  | { status: 'error'; message: string };

/**
 * The bundled (or same-site `?data=`) dataset, read on the main thread: an embed shows one
 * published dataset, so it skips the dashboard's worker, progress and saved files.
 */
export function useEmbedModel(): EmbedData {
  const [source] = useState(() => datasetUrl(window.location.search, window.location.href));
  const [data, setData] = useState<EmbedData>(() =>
    'error' in source ? { status: 'error', message: source.error } : { status: 'loading' },
  );
  useEffect(() => {
    if ('error' in source) return;
    let live = true;
    readDataset(fetchReader(source.url)).then(
      (result) => live && setData({ status: 'ready', model: new DashboardModel(result) }),
      (e: unknown) => live && setData({ status: 'error', message: (e as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [source]);
  return data;
}
