import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LIMITS, tooLarge } from '../../data/limits';
import { issueAt } from '../../data/report';
import type {
  ChosenEncoding,
  EncodingQuestion,
  LoadInput,
  LoadSummary,
  Progress,
  UnusedInput,
} from '../../load/protocol';
import type { DatasetHandle } from './useDataset';
import { startLoad, type LoadedDataset, type LoadJob } from '../../load/client';
import type { RejectedDownload } from '../../load/rejectedRows';
import { slotInput } from './builtDataset';

export type LoaderState =
  | { stage: 'idle' }
  | { stage: 'working'; names: string[]; progress: Progress | null }
  | { stage: 'ask'; names: string[]; questions: EncodingQuestion[] }
  | {
      stage: 'report';
      summary: LoadSummary;
      /** Files refused before reading (too large), shown with the worker's unused files. */
      refused: UnusedInput[];
      /** null while rows are still arriving. */
      loaded: LoadedDataset | null;
      progress: Progress | null;
    }
  | { stage: 'refused'; refused: UnusedInput[] }
  | { stage: 'failed'; en: string; zh: string };

export interface Loader {
  state: LoaderState;
  load: (files: readonly File[]) => void;
  answer: (choices: Record<number, ChosenEncoding>) => void;
  rejectedRows: (file: string, lang: 'en' | 'zh') => Promise<RejectedDownload>;
  /** Replaces the dataset showing with the checked one. */
  use: (loaded: LoadedDataset) => void;
  /** Stops a load or dismisses its report; the dataset showing stays. */
  cancel: () => void;
}

function refuse(file: File): UnusedInput {
  const e = tooLarge(file.size);
  return { name: file.name, issue: issueAt(file.name, null, null, null, e.en, e.zh) };
}

/** One load at a time, from the files a user picked or dropped to the report and its answer. */
export function useLoader(dataset: DatasetHandle): Loader {
  const [state, setState] = useState<LoaderState>({ stage: 'idle' });
  const job = useRef<LoadJob | null>(null);
  const datasetRef = useRef(dataset);
  // Before the browser can deliver a drop, so a load always starts from the data showing.
  useLayoutEffect(() => {
    datasetRef.current = dataset;
  });
  useEffect(() => () => job.current?.cancel(), []);

  const load = useCallback((files: readonly File[]) => {
    job.current?.cancel();
    if (files.length === 0) return;
    // Refused by File.size alone: nothing of a 2 GB mistake is read.
    const refused = files.filter((f) => f.size > LIMITS.fileBytes).map(refuse);
    const accepted = files.filter((f) => f.size <= LIMITS.fileBytes);
    if (accepted.length === 0) {
      setState({ stage: 'refused', refused });
      return;
    }
    const loadedAt = new Date().toISOString();
    const own: LoadInput[] = accepted.map((f) => ({
      blob: f,
      name: f.name,
      slot: null,
      origin: { kind: 'file', name: f.name, loadedAt },
      encoding: null,
      fallback: false,
    }));
    const current = datasetRef.current;
    const base: LoadInput[] =
      current.status === 'ready'
        ? current.slots
            .filter((s) => s.blob !== null || current.url !== '')
            .map((s) => slotInput(s, current.url))
        : [];
    const names = accepted.map((f) => f.name);
    setState({ stage: 'working', names, progress: null });
    let summary: LoadSummary | null = null;
    job.current = startLoad([...own, ...base], true, {
      onProgress: (progress) =>
        setState((s) =>
          s.stage === 'working'
            ? { ...s, progress }
            : s.stage === 'report' && !s.loaded
              ? { ...s, progress }
              : s,
        ),
      onAsk: (questions) => setState({ stage: 'ask', names, questions }),
      onSummary: (s) => {
        summary = s;
        // The bar carries on from where validation left it, not from "starting… 0%".
        setState((prev) => ({
          stage: 'report',
          summary: s,
          refused,
          loaded: null,
          progress: prev.stage === 'working' ? prev.progress : null,
        }));
      },
      onReady: (loaded) =>
        setState((s) => (s.stage === 'report' && summary ? { ...s, loaded } : s)),
      onFailed: (m) => setState({ stage: 'failed', ...m }),
    });
  }, []);

  const answer = useCallback((choices: Record<number, ChosenEncoding>) => {
    job.current?.answer(choices);
    setState((s) => (s.stage === 'ask' ? { stage: 'working', names: s.names, progress: null } : s));
  }, []);

  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setState({ stage: 'idle' });
  }, []);

  const use = useCallback((loaded: LoadedDataset) => {
    datasetRef.current.apply(loaded);
    job.current?.cancel();
    job.current = null;
    setState({ stage: 'idle' });
  }, []);

  const rejectedRows = useCallback(
    (file: string, lang: 'en' | 'zh') =>
      job.current?.rejectedRows(file, lang) ?? Promise.reject(new Error('no load')),
    [],
  );

  return { state, load, answer, rejectedRows, use, cancel };
}
