import type { ReadResult } from '../data/readDataset';
import type { RejectedRow } from '../data/report';
import type { ColumnTables } from '../data/columnTable';
import { withRows } from '../data/withRows';
import { DashboardModel, indexDataset, type EarlyIndexes } from '../model/dashboardModel';
import { aggregateExits } from '../model/exitCounts';
import { RegionIndex } from '../model/regionIndex';
import { runInSlices, runToEnd } from '../model/sliced';
import { decodeTable, type WireTable } from './columns';
import type { RejectedDownload } from './rejectedRows';
import {
  overallFraction,
  type ChosenEncoding,
  type EncodingQuestion,
  type FromWorker,
  type LoadInput,
  type LoadSummary,
  type Progress,
  type ToWorker,
} from './protocol';

/** A validated dataset rebuilt on the page, with where each file came from. */
export interface LoadedDataset {
  result: ReadResult;
  summary: LoadSummary;
  model: DashboardModel;
}

export interface LoadCallbacks {
  onProgress: (p: Progress) => void;
  onAsk: (questions: EncodingQuestion[]) => void;
  /** Counts and file-level problems, before the rows have arrived. */
  onSummary: (summary: LoadSummary) => void;
  onReady: (loaded: LoadedDataset) => void;
  onFailed: (message: { en: string; zh: string }) => void;
}

export interface LoadJob {
  answer: (choices: Record<number, ChosenEncoding>) => void;
  rejectedRows: (file: string, lang: 'en' | 'zh') => Promise<RejectedDownload>;
  /** Stops the worker at once; nothing it read reaches the page. */
  cancel: () => void;
}

/**
 * Runs one load in a fresh worker. Each table arrives as columns, its own short task; the
 * page indexes them in slices and makes row objects only for the rows a view shows.
 */
export function startLoad(inputs: LoadInput[], askEncoding: boolean, cb: LoadCallbacks): LoadJob {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
  });
  const send = (message: ToWorker) => worker.postMessage(message);
  const columns: Partial<ColumnTables> = {};
  // The region tree is indexed as soon as its table arrives, and the exit counts as soon as
  // the villages' do, while the worker still sends the rest.
  let early: Promise<EarlyIndexes> = Promise.resolve({});
  const rejected = new Map<string, RejectedRow[]>();
  const downloadWaiting = new Map<string, (download: RejectedDownload) => void>();
  let summary: LoadSummary | null = null;
  let expected = 0;
  let received = 0;
  let lastProgress = 0;
  let finished = false;

  const finish = () => {
    finished = true;
    worker.terminate();
  };

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const msg = event.data;
    switch (msg.type) {
      case 'progress':
        cb.onProgress(msg.progress);
        break;
      case 'ask-encoding':
        cb.onAsk(msg.questions);
        break;
      case 'summary':
        summary = msg.summary;
        expected = Object.values(msg.summary.rows).reduce((s, n) => s + n, 0);
        cb.onSummary(msg.summary);
        break;
      case 'rejected': {
        const list = rejected.get(msg.file) ?? [];
        for (const row of msg.rows) list.push(row);
        rejected.set(msg.file, list);
        break;
      }
      case 'table': {
        const wire: WireTable<keyof ColumnTables> = msg.table;
        const table = runToEnd(decodeTable(wire));
        (columns as Record<string, unknown>)[wire.table] = table;
        if (wire.table === 'regions')
          early = runInSlices(RegionIndex.build(table as ColumnTables['regions'])).then(
            (regions) => ({ regions }),
          );
        else if (wire.table === 'villageExits')
          early = early.then(async ({ regions }) =>
            regions
              ? {
                  regions,
                  exits: await runInSlices(
                    aggregateExits(regions, table as ColumnTables['villageExits']),
                  ),
                }
              : {},
          );
        received += msg.table.length;
        const now = performance.now();
        if (now - lastProgress > 50) {
          lastProgress = now;
          cb.onProgress({
            phase: 'send',
            fraction: overallFraction('send', received / Math.max(1, expected)),
            rows: received,
            bytes: 0,
            totalBytes: 0,
          });
        }
        break;
      }
      case 'done': {
        const s = summary!;
        const files = s.files.map(({ rejectedCount: _count, ...f }) => ({
          ...f,
          rejected: rejected.get(f.file) ?? [],
        }));
        // Indexed before the user chooses, so "Use this data" only renders; in slices, so the
        // page still answers (and can cancel) while 266,000 rows are indexed.
        const result: ReadResult = withRows({
          manifest: s.manifest,
          columns: columns as ColumnTables,
          encodings: s.encodings,
          report: { files },
          boundaries: s.boundaries,
        });
        void early
          .then((built) => runInSlices(indexDataset(result, built)))
          .then((indexes) => {
            if (!finished)
              cb.onReady({ result, summary: s, model: new DashboardModel(result, indexes) });
          });
        break;
      }
      case 'rejected-rows':
        downloadWaiting.get(msg.file)?.(msg.download);
        downloadWaiting.delete(msg.file);
        break;
      case 'failed':
        finish();
        cb.onFailed(msg);
        break;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (finished) return;
    finish();
    cb.onFailed({
      en: `The loader stopped: ${event.message}`,
      zh: `加载程序出错停止：${event.message}`,
    });
  };
  send({ type: 'start', inputs, askEncoding });

  return {
    answer: (choices) => send({ type: 'encodings', choices }),
    rejectedRows: (file, lang) =>
      new Promise((resolve) => {
        downloadWaiting.set(file, resolve);
        send({ type: 'rejected-rows', file, lang });
      }),
    cancel: finish,
  };
}
