import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { DATASET_FILES } from '../../data/datasetFiles';
import { formatBytes, LIMITS } from '../../data/limits';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import { useDatasetHandle } from './DatasetContext';
import { LoadProgress } from './LoadProgress';
import type { LoadedDataset } from '../../load/client';
import { useLoader } from './useLoader';
import { usePageDrop } from './usePageDrop';
import './load.css';
import { LoadActions } from './LoadActions';

// The encoding question and the report load with a load: the first screen needs neither.
const loadReport = () => import('./ValidationReport');
const loadChooser = () => import('./EncodingChooser');
const ValidationReport = lazy(() => loadReport().then((m) => ({ default: m.ValidationReport })));
const EncodingChooser = lazy(() => loadChooser().then((m) => ({ default: m.EncodingChooser })));

/** What the picker offers: every table format the loader reads (CSV, JSON, NDJSON). */
const ACCEPT =
  '.csv,.tsv,.txt,.json,.ndjson,.jsonl,.geojson,.topojson,text/csv,application/json,application/x-ndjson,application/geo+json,text/plain';

/**
 * "Load data": a file picker and a page-wide drop target, then progress, the encoding
 * question if any, and the validation report in a dialog.
 */
export function DataLoader({ lang }: { lang: Lang }) {
  const dataset = useDatasetHandle()!;
  const loader = useLoader(dataset);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const start = (files: File[]) => {
    setOpen(true);
    loader.load(files);
    // Asked for now, so they have arrived by the time the worker has read the files.
    void loadReport();
    void loadChooser();
  };
  const dragging = usePageDrop(start);
  const { state } = loader;
  const visible = open || state.stage !== 'idle';

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (visible && !d.open) d.showModal();
    else if (!visible && d.open) d.close();
  }, [visible]);

  const close = () => {
    loader.cancel();
    setOpen(false);
  };
  const use = (loaded: LoadedDataset) => {
    loader.use(loaded);
    setOpen(false);
  };

  return (
    <>
      <button type="button" className="load-data-button" onClick={() => setOpen(true)}>
        {pick(lang, '加载数据', 'Load data')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="dataset-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) start(files);
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{pick(lang, '松开鼠标即可加载这些文件', 'Drop the files to load them')}</p>
        </div>
      )}
      <dialog
        ref={dialog}
        className="dialog load-dialog"
        aria-labelledby="load-dialog-title"
        onCancel={(e) => {
          e.preventDefault();
          close();
        }}
      >
        <div className="dialog-head load-dialog-head">
          <h2 id="load-dialog-title">{pick(lang, '加载自己的数据', 'Load your own data')}</h2>
          <button
            type="button"
            className="load-close"
            onClick={close}
            aria-label={pick(lang, '关闭', 'Close')}
          >
            ×
          </button>
        </div>
        {state.stage === 'idle' && (
          <div className="load-pick">
            <p>
              {pick(
                lang,
                `可选择或拖入以下任意文件（单个或多个）：${DATASET_FILES.join('、')}。未提供的文件沿用当前显示的数据。每个文件不超过 ${formatBytes(LIMITS.fileBytes)}。`,
                `Choose or drop any of these files, one or several: ${DATASET_FILES.join(', ')}. Files you do not give are taken from the data showing now. Each file may be up to ${formatBytes(LIMITS.fileBytes)}.`,
              )}
            </p>
            <button type="button" className="drop-zone" onClick={() => input.current?.click()}>
              <span className="drop-zone-main">
                {pick(lang, '将文件拖放到此处', 'Drop files here')}
              </span>
              <span className="muted">
                {pick(lang, '或点击选择文件', 'or click to choose files')}
              </span>
            </button>
            {dataset.saved && (
              <p>
                <button type="button" onClick={dataset.clear}>
                  {pick(lang, '清除我的数据', 'Clear my data')}
                </button>{' '}
                <span className="muted">
                  {pick(lang, '恢复内置数据', 'returns to the bundled data')}
                </span>
              </p>
            )}
          </div>
        )}
        {state.stage === 'working' && (
          <div className="load-working">
            <p className="load-names">{state.names.join(', ')}</p>
            <LoadProgress progress={state.progress} lang={lang} />
            <LoadActions onCancel={close} lang={lang} />
          </div>
        )}
        <Suspense fallback={null}>
          {state.stage === 'ask' && (
            <EncodingChooser
              questions={state.questions}
              lang={lang}
              onAnswer={loader.answer}
              onCancel={close}
            />
          )}
          {state.stage === 'report' && (
            <ValidationReport
              summary={state.summary}
              refused={state.refused}
              loaded={state.loaded}
              progress={state.progress}
              lang={lang}
              rejectedRows={loader.rejectedRows}
              onUse={use}
              onCancel={close}
            />
          )}
        </Suspense>
        {(state.stage === 'refused' || state.stage === 'failed') && (
          <div className="load-failed" role="alert">
            {state.stage === 'refused' ? (
              <ul>
                {state.refused.map((r, k) => (
                  <li key={k}>
                    “{r.name}”{pick(lang, '：', ': ')}
                    {pick(lang, r.issue.zh, r.issue.en)}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{pick(lang, state.zh, state.en)}</p>
            )}
            <div className="load-actions">
              <button type="button" onClick={() => loader.cancel()}>
                {pick(lang, '重新选择', 'Choose again')}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
