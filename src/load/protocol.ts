import type { OwnFeature } from '../data/boundaries';
import type { ChosenEncoding, EncodingQuestion } from '../data/decodeInput';
import type { DatasetInput } from '../data/readDataset';
import type { Encoding } from '../data/decode';
import type { WireTable } from './columns';
import type { RejectedDownload } from './rejectedRows';
import type { FileReport, Issue, RejectedRow } from '../data/report';
import type { DatasetTables, Manifest } from '../data/types';

/** Messages between the page and the dataset-loading worker (src/load/worker.ts). */

export type { ChosenEncoding, EncodingQuestion };

/** Where one dataset file came from, as the banner and the report tell the user. */
export type SlotOrigin =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  | { kind: 'file'; name: string; /** ISO time the user loaded it */ loadedAt: string };

export interface LoadInput extends DatasetInput {
  /** The bytes: a File the user chose, or a file of the dataset showing now. */
  blob?: Blob;
  /** Fetched by the worker instead of `blob`; a 404 means the file is absent. */
  url?: string;
  origin: SlotOrigin;
}

/** What filled one slot of the dataset, kept so a later load can reuse and save it. */
export interface SlotFill {
  file: string;
  blob: Blob | null;
  origin: SlotOrigin;
  name: string;
  /** The user's answer to the encoding question, if one was asked. */
  chosen: ChosenEncoding | null;
}

/** A file the user gave that is not used, and why. */
export interface UnusedInput {
  name: string;
  issue: Issue;
}

export interface LoadSummary {
  manifest: Manifest | null;
  encodings: Record<string, Encoding>;
  /** Rejected rows arrive afterwards in `rejected` messages; rejectedCount says how many. */
  files: Array<FileReport & { rejectedCount: number }>;
  slots: SlotFill[];
  unused: UnusedInput[];
  rows: Record<keyof DatasetTables, number>;
  /** The accepted features of the user's own boundaries; their regions' `map` is set. */
  boundaries: OwnFeature[];
}

export type LoadPhase = 'read' | 'validate' | 'send';

export interface Progress {
  phase: LoadPhase;
  /** Overall share done, 0–1. */
  fraction: number;
  /** Data rows seen so far (lines read, then rows checked, then rows received). */
  rows: number;
  bytes: number;
  totalBytes: number;
}

export type ToWorker =
  | { type: 'start'; inputs: LoadInput[]; askEncoding: boolean }
  | { type: 'encodings'; choices: Record<number, ChosenEncoding> }
  | { type: 'rejected-rows'; file: string; lang: 'en' | 'zh' };

export type FromWorker =
  | { type: 'progress'; progress: Progress }
  | { type: 'ask-encoding'; questions: EncodingQuestion[] }
  | { type: 'summary'; summary: LoadSummary }
  | { type: 'rejected'; file: string; rows: RejectedRow[] }
  | { type: 'table'; table: WireTable<keyof DatasetTables> }
  | { type: 'done' }
  | { type: 'rejected-rows'; file: string; download: RejectedDownload }
  | { type: 'failed'; en: string; zh: string };

/** Share of the bar each phase fills: reading is I/O, checking is most of the work. */
const PHASE_SPAN: Record<LoadPhase, [number, number]> = {
  read: [0, 0.3],
  validate: [0.3, 0.85],
  send: [0.85, 1],
};

export function overallFraction(phase: LoadPhase, withinPhase: number): number {
  const [from, to] = PHASE_SPAN[phase];
  if (withinPhase >= 1) return to;
  return from + (to - from) * Math.max(0, withinPhase);
}

/**
 * Lets progress through at most every `bytes` of input or `ms` of time, whichever comes
 * first, so a 13 MB file posts a few hundred messages rather than one per row.
 */
export function progressThrottle(
  { bytes = 64 * 1024, ms = 50 }: { bytes?: number; ms?: number } = {},
  now: () => number = () => performance.now(),
): (position: number) => boolean {
  let lastPosition = -Infinity;
  let lastTime = -Infinity;
  return (position) => {
    const t = now();
    if (position - lastPosition < bytes && t - lastTime < ms) return false;
    lastPosition = position;
    lastTime = t;
    return true;
  };
}

/** Splits rejected rows so no message carries more than `cells` cells (10,000-column files). */
export function rejectedChunks(rows: readonly RejectedRow[], cells: number): RejectedRow[][] {
  const out: RejectedRow[][] = [];
  let current: RejectedRow[] = [];
  let count = 0;
  for (const row of rows) {
    const size = row.fields.length + row.issues.length + 1;
    if (current.length > 0 && count + size > cells) {
      out.push(current);
      current = [];
      count = 0;
    }
    current.push(row);
    count += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}
