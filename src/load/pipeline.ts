import { BOUNDARIES_FILE } from '../data/boundaries';
import type { Encoding } from '../data/decode';
import { decodeAll, type AskEncoding, type Decoded, type Read } from './decodeInput';
import { addFileIssues, fileIssue, twoFilesForOneTable, unreadable } from '../data/fileIssues';
import { encodeTable, transferables } from './columns';
import { readInput, ReadRefused } from './readInput';
import { formatOf } from '../data/jsonTable';
import { matchSlot, slotByName } from '../data/fileSlots';
import type { FileReport, Issue } from '../data/report';
import { validateDataset, type ValidatedDataset } from '../data/validateDataset';
import {
  overallFraction,
  progressThrottle,
  rejectedChunks,
  type FromWorker,
  type LoadInput,
  type LoadPhase,
  type LoadSummary,
  type SlotFill,
  type UnusedInput,
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

  const own = inputs.map((input, index) => ({ input, index })).filter((x) => !x.input.fallback);
  const namedSlots = new Set(own.map((x) => x.input.slot ?? slotByName(x.input.name)));
  const fallbacks = inputs
    .map((input, index) => ({ input, index }))
    .filter((x) => x.input.fallback);
  const sizeOf = (x: { input: LoadInput }) => x.input.blob?.size ?? 0;
  let totalBytes =
    own.reduce((s, x) => s + sizeOf(x), 0) +
    fallbacks.filter((x) => !namedSlots.has(x.input.slot)).reduce((s, x) => s + sizeOf(x), 0);

  const readOne = async (x: { input: LoadInput; index: number }): Promise<Read> => {
    const { index } = x;
    let { input } = x;
    try {
      const onChunk = (n: number, l: number) => {
        bytesDone += n;
        lines += l;
        totalBytes = Math.max(totalBytes, bytesDone);
        progress('read', bytesDone / Math.max(1, totalBytes), lines);
      };
      let bytes = await readInput(input, onChunk, io.fetch);
      // A folder URL cannot be listed: a table's other formats are asked for in turn on a 404.
      for (const name of input.alternates ?? []) {
        if (bytes !== null || !input.url) break;
        input = { ...input, name, url: new URL(name, input.url).href };
        bytes = await readInput(input, onChunk, io.fetch);
      }
      // A host answers a folder's missing boundaries with a page of its own: they are absent.
      if (input.url && input.slot === BOUNDARIES_FILE && bytes && startsWithTag(bytes))
        bytes = null;
      return { input, index, bytes, error: null };
    } catch (e) {
      const err = e instanceof ReadRefused ? e : null;
      const error = err
        ? fileIssue(input.name, err.en, err.zh)
        : unreadable(input.name, (e as Error).message);
      return { input, index, bytes: null, error };
    }
  };

  const ownReads = await Promise.all(own.map(readOne));
  const ownText = await decodeAll(ownReads, askEncoding ? io.ask : null);

  const texts: Record<string, string> = {};
  const names: Record<string, string> = {};
  const fills = new Map<string, SlotFill>();
  const slotIssues = new Map<string, Issue[]>();
  const unused: UnusedInput[] = [];
  const encodings: Record<string, Encoding> = {};
  const addIssue = (slot: string, issue: Issue) =>
    slotIssues.set(slot, [...(slotIssues.get(slot) ?? []), issue]);
  const fill = (slot: string, read: Read, decoded: Decoded | undefined) => {
    fills.set(slot, {
      file: slot,
      blob:
        read.input.blob ?? (read.bytes ? new Blob([read.bytes as Uint8Array<ArrayBuffer>]) : null),
      origin: read.input.origin,
      name: read.input.name,
      chosen: decoded?.chosen ?? null,
    });
    const format = formatOf(read.input.name);
    // A JSON table, or boundaries, named as the user named them, in every issue.
    if (format !== 'csv' || slot === BOUNDARIES_FILE) names[slot] = read.input.name;
    if (decoded) {
      texts[slot] = decoded.text;
      encodings[slot] = decoded.encoding;
      if (decoded.warning) addIssue(slot, { ...decoded.warning, file: slot });
    }
  };

  // Files named for a slot claim it before files recognised by their columns.
  const placed = ownReads
    .map((read) => {
      const decoded = ownText.get(read.index);
      const named = read.input.slot ?? slotByName(read.input.name);
      if (read.input.slot || !decoded)
        return { read, decoded, slot: named, issue: read.error, rank: 0 };
      const m = matchSlot(read.input.name, decoded.text);
      return m.slot === null
        ? { read, decoded, slot: named, issue: m.issue, rank: 0 }
        : { read, decoded, slot: m.slot, issue: null, rank: m.by === 'name' ? 0 : 1 };
    })
    .sort((a, b) => a.rank - b.rank);
  for (const { read, decoded, slot, issue } of placed) {
    // A folder URL without this file (404): the file is simply absent.
    if (!read.bytes && !issue) continue;
    if (slot === null) {
      unused.push({
        name: read.input.name,
        issue: issue ?? fileIssue(read.input.name, 'Could not be read.', '无法读取。'),
      });
    } else if (fills.has(slot)) {
      // Which of two files is the table is not ours to guess: neither is used.
      const first = fills.get(slot)!.name;
      delete texts[slot];
      const issue = twoFilesForOneTable(slot, first, read.input.name);
      addIssue(slot, issue);
      unused.push({ name: read.input.name, issue });
    } else {
      fill(slot, read, issue ? undefined : decoded);
      if (issue) addIssue(slot, { ...issue, file: slot });
    }
  }

  const needed = fallbacks.filter((x) => x.input.slot && !fills.has(x.input.slot));
  totalBytes = Math.max(bytesDone, bytesDone + needed.reduce((s, x) => s + sizeOf(x), 0));
  const fallbackReads = await Promise.all(needed.map(readOne));
  const fallbackText = await decodeAll(fallbackReads, askEncoding ? io.ask : null);
  for (const read of fallbackReads) {
    if (!read.bytes && !read.error) continue;
    const slot = read.input.slot!;
    fill(slot, read, fallbackText.get(read.index));
    if (read.error) addIssue(slot, { ...read.error, file: slot });
  }
  progress('read', 1, lines, true);

  progress('validate', 0, lines, true);
  const dataset = validateDataset(
    texts,
    (fraction, rows) => progress('validate', fraction, rows),
    names,
  );
  addFileIssues(dataset.report, slotIssues, (file) => texts[file] !== undefined, names);
  const checked = dataset.report.files.reduce((s, f) => s + f.total, 0);
  progress('validate', 1, checked, true);

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
      encodings,
      files,
      slots: [...fills.values()],
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
