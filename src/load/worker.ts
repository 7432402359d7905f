import { runPipeline, type PipelineResult } from './pipeline';
import { rejectedRowsFile } from './rejectedRows';
import type { ChosenEncoding, FromWorker, ToWorker } from './protocol';

/** Loads a dataset off the main thread; the page terminates it to cancel. */
// The DOM lib types `self` as a window; a worker scope needs only these two members.
const scope = self as unknown as {
  postMessage: (message: FromWorker, transfer?: Transferable[]) => void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
const post = (message: FromWorker, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);
let answer: ((choices: Record<number, ChosenEncoding>) => void) | null = null;
let result: PipelineResult | null = null;

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'start') {
    runPipeline(msg.inputs, msg.askEncoding, {
      post,
      ask: (questions) =>
        new Promise((resolve) => {
          answer = resolve;
          post({ type: 'ask-encoding', questions });
        }),
    }).then(
      (r) => {
        result = r;
      },
      (e: unknown) => {
        const why = e instanceof Error ? e.message : String(e);
        post({ type: 'failed', en: `Loading failed: ${why}`, zh: `加载失败：${why}` });
      },
    );
  } else if (msg.type === 'encodings') {
    answer?.(msg.choices);
    answer = null;
  } else if (msg.type === 'rejected-rows' && result) {
    const report = result.dataset.report.files.find((f) => f.file === msg.file);
    if (report)
      post({
        type: 'rejected-rows',
        file: msg.file,
        download: rejectedRowsFile(report, report.rejected, msg.lang),
      });
  }
};
