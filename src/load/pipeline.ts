import { BOUNDARIES_FILE } from '../data/boundaries';
import type { AskEncoding } from '../data/decodeInput';
import { slotByName } from '../data/fileSlots';
import { assembleDataset } from '../data/readDataset';
import type { FileReport } from '../data/report';
import type { ValidatedDataset } from '../data/validateDataset';
import { encodeTable, transferables } from './columns';
import { readInput } from './readInput';
import {
  overallFraction,
  progressThrottle,
  rejectedChunks,
  type FromWorker,
  type LoadInput,
  type LoadPhase,
  type LoadSummary,
  type SlotFill,
} from './protocol';

export interface PipelineIO {
  post: (message: FromWorker, transfer?: Transferable[]) => void;
  /** Asks the page which reading is right; resolves with the user's choices. */
  ask: AskEncoding;
  fetch?: typeof fetch;
  now?: () => number;
}

/** What the worker keeps after posting, to answer requests for rejected-rows CSV. */
export interface PipelineResult {
  dataset: ValidatedDataset;
}

/** The first character other than white space (or a byte-order mark) is `<`: a web page. */
function startsWithTag(bytes: Uint8Array): boolean {
  for (const b of bytes.subarray(0, 1024)) {
    if (
      b === 0x20 ||
      b === 0x0a ||
      b === 0x0d ||
      b === 0x09 ||
      b === 0xef ||
      b === 0xbb ||
      b === 0xbf
    )
      continue;
    return b === 0x3c;
  }
  return false;
}
const CELLS_PER_REJECTED_CHUNK = 40_000;

/**
 * Reads, decodes, matches and validates a dataset from the user's files and the dataset
 * showing now, then posts a summary, the rejected rows and every table as columns.
 */
export async function runPipeline(
  inputs: LoadInput[],
  askEncoding: boolean,
  io: PipelineIO,
): Promise<PipelineResult> {
  const now = io.now ?? (() => performance.now());
  const due = progressThrottle({}, now);
  let bytesDone = 0;
  let lines = 0;
  const progress = (phase: LoadPhase, within: number, rows: number, force = false) => {
    if (force || due(bytesDone)) {
      io.post({
        type: 'progress',
        progress: {
          phase,
          fraction: overallFraction(phase, within),
          rows,
          bytes: bytesDone,
          totalBytes,
        },
      });
    }
  };

  const sizeOf = (input: LoadInput) => input.blob?.size ?? 0;
  const named = new Set(inputs.filter((x) => !x.fallback).map((x) => x.slot ?? slotByName(x.name)));
  let totalBytes = inputs
    .filter((x) => !x.fallback || !named.has(x.slot))
    .reduce((s, x) => s + sizeOf(x), 0);
  const onChunk = (n: number, l: number) => {
    bytesDone += n;
    lines += l;
    totalBytes = Math.max(totalBytes, bytesDone);
    progress('read', bytesDone / Math.max(1, totalBytes), lines);
  };

  const { dataset, fills, unused } = await assembleDataset(
    inputs,
    async (input, name) => {
      // A folder URL cannot be listed: a table's other formats are asked for in turn on a 404.
      const url = input.url && name !== input.name ? new URL(name, input.url).href : input.url;
      const bytes = await readInput({ blob: input.blob, url, name }, onChunk, io.fetch);
      // A host answers a folder's missing boundaries with a page of its own: they are absent.
      return url && input.slot === BOUNDARIES_FILE && bytes && startsWithTag(bytes) ? null : bytes;
    },
    {
      ask: askEncoding ? io.ask : null,
      onFallbacks: (needed) => {
        totalBytes = Math.max(bytesDone, bytesDone + needed.reduce((s, x) => s + sizeOf(x), 0));
      },
      onRead: () => {
        progress('read', 1, lines, true);
        progress('validate', 0, lines, true);
      },
      onValidate: (fraction, rows) => progress('validate', fraction, rows),
    },
  );
  const checked = dataset.report.files.reduce((s, f) => s + f.total, 0);
  progress('validate', 1, checked, true);
  const slots: SlotFill[] = [...fills].map(([file, f]) => {
    const input = inputs[f.index]!;
    return {
      file,
      blob: input.blob ?? (f.bytes ? new Blob([f.bytes as Uint8Array<ArrayBuffer>]) : null),
      origin: input.origin,
      name: f.name,
      chosen: f.chosen,
    };
  });

  const t = dataset.columns;
  const rows = Object.fromEntries(
    Object.entries(t).map(([k, v]) => [k, v.length]),
  ) as LoadSummary['rows'];
  const files = dataset.report.files.map((f: FileReport) => ({
    ...f,
    rejected: [],
    rejectedCount: f.rejected.length,
  }));
  io.post({
    type: 'summary',
    summary: {
      manifest: dataset.manifest,
      encodings: dataset.encodings,
      files,
      slots,
      unused,
      rows,
      boundaries: dataset.boundaries ?? [],
    },
  });
  for (const f of dataset.report.files)
    for (const part of rejectedChunks(f.rejected, CELLS_PER_REJECTED_CHUNK))
      io.post({ type: 'rejected', file: f.file, rows: part });

  // The page counts the rows it has received against summary.rows for the last stretch of the bar.
  for (const table of Object.keys(t) as Array<keyof typeof t>) {
    const wire = encodeTable(table, t[table]);
    io.post({ type: 'table', table: wire }, transferables(wire));
  }
  io.post({ type: 'done' });
  return { dataset };
}
