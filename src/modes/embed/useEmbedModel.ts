import { useEffect, useState } from 'react';
import { datasetUrl } from '../../load/datasetSource';
import { fetchReader, readDataset } from '../../data/readDataset';
import type { DatasetReport } from '../../data/report';
import { DashboardModel } from '../../model/dashboardModel';

export type EmbedData =
  | { status: 'loading' }
  | { status: 'ready'; model: DashboardModel; report: DatasetReport }
  | { status: 'error'; message: { en: string; zh: string } };

/**
 * The bundled (or same-site `?data=`) dataset, read on the main thread: an embed shows one
 * published dataset, so it skips the dashboard's worker, progress and saved files.
 */
export function useEmbedModel(): EmbedData {
  const [source] = useState(() => datasetUrl(window.location.search, window.location.href));
  const [data, setData] = useState<EmbedData>(() =>
    'error' in source
      ? { status: 'error', message: { en: source.error, zh: source.errorZh } }
      : { status: 'loading' },
  );
  useEffect(() => {
    if ('error' in source) return;
    let live = true;
    readDataset(fetchReader(source.url)).then(
      (result) =>
        live &&
        setData({ status: 'ready', model: new DashboardModel(result), report: result.report }),
      (e: unknown) => {
        const why = (e as Error).message;
        if (live) setData({ status: 'error', message: { en: why, zh: why } });
      },
    );
    return () => {
      live = false;
    };
  }, [source]);
  return data;
}
