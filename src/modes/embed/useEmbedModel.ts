import { useEffect, useState } from 'react';
import { datasetUrl, fetchReader } from '../../load/datasetSource';
import { readDataset } from '../../data/readDataset';
import type { DatasetReport } from '../../data/report';
import type { TableName } from '../../data/types';
import { DashboardModel } from '../../model/dashboardModel';
import { earlyFetch, pageEarlyFetches } from './earlyFetch';

export type EmbedData =
  | { status: 'loading' }
  | { status: 'ready'; model: DashboardModel; report: DatasetReport }
  | { status: 'error'; message: { en: string; zh: string } };

/**
 * The bundled (or same-site `?data=`) dataset, read on the main thread: an embed shows one
 * published dataset, so it skips the dashboard's worker, progress and saved files; only the
 * `tables` its chart draws from. Called when the script runs, so the files download while
 * React mounts.
 */
export function startEmbedData(
  search: string,
  href: string,
  tables?: readonly TableName[],
): Promise<EmbedData> {
  const source = datasetUrl(search, href);
  if ('error' in source)
    return Promise.resolve({ status: 'error', message: { en: source.error, zh: source.errorZh } });
  // The bundled dataset's requests may already be under way, started by embed.html.
  const fetchFn = source.bundled ? earlyFetch(pageEarlyFetches()) : fetch;
  return readDataset(fetchReader(source.url, fetchFn), { tables }).then(
    (result): EmbedData => ({
      status: 'ready',
      model: new DashboardModel(result),
      report: result.report,
    }),
    (e: unknown): EmbedData => {
      const why = (e as Error).message;
      return { status: 'error', message: { en: why, zh: why } };
    },
  );
}

/** What a promise started before the first render has resolved to, `initial` until then. */
export function useSettled<T>(promise: Promise<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    promise.then((v) => live && setValue(v));
    return () => {
      live = false;
    };
  }, [promise]);
  return value;
}
