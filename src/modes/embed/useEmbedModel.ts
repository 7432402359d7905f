import { useEffect, useState } from 'react';
import type { ChartDefinition } from '../../charts/chartTypes';
import { datasetUrl, fetchReader } from '../../load/datasetSource';
import type { ReadBytes, ReadResult } from '../../data/readDataset';
import type { DatasetReport } from '../../data/report';
import { DashboardModel } from '../../model/dashboardModel';
import { MANIFEST_FILE } from '../../data/schema';
import { chartDataFile, readBuiltData } from '../../view/builtData';
import { earlyFetch, pageEarlyFetches } from './earlyFetch';

export type EmbedData =
  | { status: 'loading' }
  | { status: 'ready'; model: DashboardModel; report: DatasetReport }
  | { status: 'error'; message: { en: string; zh: string } };

/**
 * The chart's tables: for the bundled dataset, the file the build made for this chart; else
 * (another dataset, no such file) read and validated here, the parsers loaded only then.
 */
async function readTables(
  read: ReadBytes,
  bundled: boolean,
  chart: ChartDefinition | null,
): Promise<ReadResult> {
  const made =
    bundled && chart ? await readBuiltData(read, chartDataFile(chart.id), [MANIFEST_FILE]) : null;
  if (made) return made;
  const { readDataset } = await import('../../data/readDataset');
  return readDataset(read, { tables: chart?.tables ?? [] });
}

/**
 * The bundled (or same-site `?data=`) dataset, read on the main thread: an embed shows one
 * published dataset, so it skips the dashboard's worker, progress and saved files; only the
 * tables its chart draws from (none but the manifest without a chart). Called as soon as the
 * chart's definition is known, so the files download while React mounts.
 */
export function startEmbedData(
  search: string,
  href: string,
  chart: ChartDefinition | null,
): Promise<EmbedData> {
  const source = datasetUrl(search, href);
  if ('error' in source)
    return Promise.resolve({ status: 'error', message: { en: source.error, zh: source.errorZh } });
  // The bundled dataset's requests may already be under way, started by embed.html.
  const fetchFn = source.bundled ? earlyFetch(pageEarlyFetches()) : fetch;
  return readTables(fetchReader(source.url, fetchFn), source.bundled, chart).then(
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
