import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReadResult } from '../../data/readDataset';
import { formatIssue } from '../../data/report';
import type { LoadInput, SlotFill } from '../../load/protocol';
import { DashboardModel } from '../../model/dashboardModel';
import { readBuiltDataset } from './builtDataset';
import { datasetUrl, urlInputs } from '../../load/datasetSource';
import { startLoad, type LoadedDataset, type LoadJob } from '../../load/client';
import { applyBlockers } from '../../load/reportStatus';
import {
  clearSaved,
  loadSaved,
  saveDataset,
  savedInputs,
  type SavedProblem,
} from '../../load/savedDataset';

export type DatasetState =
  | { status: 'loading'; loaded: number; total: number }
  | {
      status: 'ready';
      model: DashboardModel;
      result: ReadResult;
      /** The folder URL; '' for the user's own files. */
      url: string;
      /** What filled each file, for the banner and as the base of the next load. */
      slots: SlotFill[];
      /** Why the user's files could not be kept for next time, if so. */
      saveError: string | null;
    }
  | { status: 'error'; message: { en: string; zh: string } };

export interface DatasetActions {
  /** Shows a dataset the user loaded and checked, and keeps it for later visits. */
  apply: (loaded: LoadedDataset) => void;
  /** Forgets the user's dataset and shows the bundled (or `?data=`) one again. */
  clear: () => void;
  /** Whether the user's own dataset is saved in this browser. */
  saved: boolean;
  /** Why the dataset saved in this browser was not shown; `clear` forgets it. */
  savedProblem: SavedProblem | null;
}

export type DatasetHandle = DatasetState & DatasetActions;

const PROGRESS_STEPS = 1000;

function ready(loaded: LoadedDataset, url: string, saveError: string | null = null): DatasetState {
  return {
    status: 'ready',
    model: loaded.model,
    result: loaded.result,
    url,
    slots: loaded.summary.slots,
    saveError,
  };
}

/**
 * Loads the dataset in a worker: the user's saved files if any (unless `?data=` names a
 * folder), else the bundled or `?data=` folder; the bundled one, unless stale, from the file
 * the build validated it into, with no worker. Progress runs 0–1000.
 */
export function useDataset(): DatasetHandle {
  const [state, setState] = useState<DatasetState>(() => {
    const source = datasetUrl(window.location.search, window.location.href);
    return 'error' in source
      ? { status: 'error', message: { en: source.error, zh: source.errorZh } }
      : { status: 'loading', loaded: 0, total: PROGRESS_STEPS };
  });
  const [saved, setSaved] = useState(false);
  const [savedProblem, setSavedProblem] = useState<SavedProblem | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const source = datasetUrl(window.location.search, window.location.href);
    if ('error' in source) return;
    const explicitUrl = new URLSearchParams(window.location.search).has('data');
    let job: LoadJob | null = null;
    const start = (useStored: boolean, inputs: LoadInput[]) => {
      job = startLoad(inputs, false, {
        onProgress: (p) => {
          if (!cancelled)
            setState({
              status: 'loading',
              loaded: Math.round(p.fraction * PROGRESS_STEPS),
              total: PROGRESS_STEPS,
            });
        },
        onAsk: () => undefined,
        onSummary: () => undefined,
        onReady: (loaded) => {
          job?.cancel();
          if (cancelled) return;
          // Saved files that no longer make a dataset are not shown: the folder is, with why.
          const blockers = useStored ? applyBlockers(loaded.summary) : [];
          if (blockers.length > 0) {
            const refused = loaded.summary.files.flatMap((f) =>
              f.issues.filter((i) => i.severity === 'error').slice(0, 1),
            );
            setSavedProblem({
              en: [...blockers.map((b) => b.en), ...refused.map((i) => formatIssue(i))].join(' '),
              zh: [...blockers.map((b) => b.zh), ...refused.map((i) => formatIssue(i, 'zh'))].join(
                ' ',
              ),
            });
            start(false, urlInputs(source.url, source.bundled));
            return;
          }
          // A transition renders the dashboard in slices, so the page never freezes on it.
          startTransition(() => setState(ready(loaded, useStored ? '' : source.url)));
        },
        onFailed: (m) => {
          if (!cancelled) setState({ status: 'error', message: m });
        },
      });
    };
    // The bundled dataset as the build validated it, asked for while the saved one is looked up.
    const built = source.bundled ? readBuiltDataset(source.url) : null;
    (async () => {
      const stored = await loadSaved();
      if (cancelled) return;
      setSaved(stored.saved !== null || stored.problem !== null);
      setSavedProblem(stored.problem);
      const useStored = stored.saved !== null && !explicitUrl;
      const prevalidated = useStored ? null : await built;
      if (cancelled) return;
      if (prevalidated) {
        const { result, slots } = prevalidated;
        const model = new DashboardModel(result);
        startTransition(() =>
          setState({ status: 'ready', model, result, url: source.url, slots, saveError: null }),
        );
        return;
      }
      start(
        useStored,
        useStored ? savedInputs(stored.saved!) : urlInputs(source.url, source.bundled),
      );
    })();
    return () => {
      cancelled = true;
      job?.cancel();
    };
  }, [generation]);

  const apply = useCallback((loaded: LoadedDataset) => {
    startTransition(() => setState(ready(loaded, '')));
    setSaved(true);
    // A reload should show these files, not the folder `?data=` named.
    const url = new URL(window.location.href);
    if (url.searchParams.has('data')) {
      url.searchParams.delete('data');
      window.history.replaceState(window.history.state, '', url.href);
    }
    saveDataset(loaded.summary.slots).catch((e: unknown) => {
      setSaved(false);
      setState((s) =>
        s.status === 'ready' && s.result === loaded.result
          ? { ...s, saveError: String((e as Error)?.message ?? e) }
          : s,
      );
    });
  }, []);

  const clear = useCallback(() => {
    clearSaved().finally(() => {
      setSaved(false);
      setSavedProblem(null);
      setState({ status: 'loading', loaded: 0, total: PROGRESS_STEPS });
      setGeneration((g) => g + 1);
    });
  }, []);

  // One object per change, so the context's readers re-render only when the dataset does.
  return useMemo(
    () => ({ ...state, apply, clear, saved, savedProblem }),
    [state, apply, clear, saved, savedProblem],
  );
}
