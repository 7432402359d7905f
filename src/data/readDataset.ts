import { BOUNDARIES_FILE, DATASET_FILES, tableFileNames } from './datasetFiles';
import type { Encoding } from './decode';
import {
  decodeAll,
  type AskEncoding,
  type ChosenEncoding,
  type Decoded,
  type Read,
} from './decodeInput';
import { addFileIssues, fileIssue, twoFilesForOneTable, unreadable } from './fileIssues';
import { matchSlot, slotByName } from './fileSlots';
import { formatOf } from './jsonTable';
import { LIMITS, ReadRefused, tooLarge } from './limits';
import type { Issue } from './report';
import { TABLE_BY_FILE } from './schema';
import type { TableName } from './types';
import { validateDataset, type ValidatedDataset } from './validateDataset';

/**
 * The one way a dataset is read, whoever reads it: the CLI from disk, the dashboard's worker
 * from the user's files and the dataset showing, the wall and the embed over HTTP. Only how
 * bytes are fetched differs (an argument); the size limit, decoding and the encoding question,
 * which file is which table, validation and how a file's own problems enter the report are
 * this file's, so `npm run data:check` and every page tell a clerk the same about a file.
 */

export interface ReadResult extends ValidatedDataset {
  encodings: Record<string, Encoding>;
}

/** One file offered to the dataset. */
export interface DatasetInput {
  /** File name as the user sees it. */
  name: string;
  /** Other names of the same file, tried in turn when `name` is absent (funds.json, …). */
  alternates?: string[];
  /** The dataset file it is, when known; null: matched by name, then by its columns. */
  slot: string | null;
  /** The user's earlier answer to the encoding question, kept with saved data. */
  encoding: ChosenEncoding | null;
  /** Used only for slots no other input fills: the dataset showing now. */
  fallback: boolean;
}

/** A file's bytes under one of its names; null when it does not exist (404, not on disk). */
export type ReadInput<I extends DatasetInput> = (
  input: I,
  name: string,
) => Promise<Uint8Array | null>;

/** What filled a slot: the input (by index), the name it was read under, its bytes. */
export interface SlotRead {
  index: number;
  name: string;
  bytes: Uint8Array | null;
  /** The user's answer to the encoding question, if one was asked. */
  chosen: ChosenEncoding | null;
}

export interface AssembledDataset {
  dataset: ReadResult;
  fills: Map<string, SlotRead>;
  /** Inputs given but not used, and why. */
  unused: Array<{ name: string; issue: Issue }>;
}

export interface AssembleOptions<I> {
  /** Asks the user which reading is right; without it a guessed encoding stands, with a warning. */
  ask?: AskEncoding | null;
  /** Hears which fallback inputs are needed, before they are read. */
  onFallbacks?: (needed: readonly I[]) => void;
  /** Hears that every file has been read, before validation starts. */
  onRead?: () => void;
  /** Hears the share of the text checked and the rows checked. */
  onValidate?: (fraction: number, rows: number) => void;
}

/**
 * Reads, decodes, places and validates a dataset from `inputs`: each file named for a table
 * (or recognised by its columns) fills that table; fallbacks fill the tables nothing else did.
 */
export async function assembleDataset<I extends DatasetInput>(
  inputs: readonly I[],
  read: ReadInput<I>,
  options: AssembleOptions<I> = {},
): Promise<AssembledDataset> {
  const ask = options.ask ?? null;
  const readOne = async (input: I, index: number): Promise<Read<I> & { name: string }> => {
    let name = input.name;
    try {
      let bytes = await read(input, name);
      for (const other of input.alternates ?? []) {
        if (bytes !== null) break;
        name = other;
        bytes = await read(input, name);
      }
      // The same limit whatever read the bytes (a reader over HTTP stops at it on its own).
      if (bytes && bytes.length > LIMITS.fileBytes) throw tooLarge(bytes.length);
      return { input: { ...input, name }, index, bytes, error: null, name };
    } catch (e) {
      const error =
        e instanceof ReadRefused
          ? fileIssue(name, e.en, e.zh)
          : unreadable(name, (e as Error).message);
      return { input: { ...input, name }, index, bytes: null, error, name };
    }
  };

  const own = inputs.flatMap((input, index) => (input.fallback ? [] : [{ input, index }]));
  const fallbacks = inputs.flatMap((input, index) => (input.fallback ? [{ input, index }] : []));
  const ownReads = await Promise.all(own.map((x) => readOne(x.input, x.index)));
  const ownText = await decodeAll(ownReads, ask);

  const texts: Record<string, string> = {};
  const names: Record<string, string> = {};
  const fills = new Map<string, SlotRead>();
  const slotIssues = new Map<string, Issue[]>();
  const unused: AssembledDataset['unused'] = [];
  const encodings: Record<string, Encoding> = {};
  const addIssue = (slot: string, issue: Issue) =>
    slotIssues.set(slot, [...(slotIssues.get(slot) ?? []), issue]);
  const fill = (slot: string, r: Read & { name: string }, decoded: Decoded | undefined) => {
    fills.set(slot, {
      index: r.index,
      name: r.name,
      bytes: r.bytes,
      chosen: decoded?.chosen ?? null,
    });
    // A JSON table, or boundaries, named as the user named them, in every issue.
    if (formatOf(r.name) !== 'csv' || slot === BOUNDARIES_FILE) names[slot] = r.name;
    if (decoded) {
      texts[slot] = decoded.text;
      encodings[slot] = decoded.encoding;
      if (decoded.warning) addIssue(slot, { ...decoded.warning, file: slot });
    }
  };

  // Files named for a slot claim it before files recognised by their columns.
  const placed = ownReads
    .map((r) => {
      const decoded = ownText.get(r.index);
      const named = r.input.slot ?? slotByName(r.name);
      if (r.input.slot || !decoded) return { r, decoded, slot: named, issue: r.error, rank: 0 };
      const m = matchSlot(r.name, decoded.text);
      return m.slot === null
        ? { r, decoded, slot: named, issue: m.issue, rank: 0 }
        : { r, decoded, slot: m.slot, issue: null, rank: m.by === 'name' ? 0 : 1 };
    })
    .sort((a, b) => a.rank - b.rank);
  for (const { r, decoded, slot, issue } of placed) {
    // A file that does not exist (a 404, a format not on disk) is simply absent.
    if (!r.bytes && !issue) continue;
    if (slot === null) {
      unused.push({
        name: r.name,
        issue: issue ?? fileIssue(r.name, 'Could not be read.', '无法读取。'),
      });
    } else if (fills.has(slot)) {
      // Which of two files is the table is not ours to guess: neither is used.
      const first = fills.get(slot)!.name;
      delete texts[slot];
      const two = twoFilesForOneTable(slot, first, r.name);
      addIssue(slot, two);
      unused.push({ name: r.name, issue: two });
    } else {
      fill(slot, r, issue ? undefined : decoded);
      if (issue) addIssue(slot, { ...issue, file: slot });
    }
  }

  const needed = fallbacks.filter((x) => x.input.slot && !fills.has(x.input.slot));
  options.onFallbacks?.(needed.map((x) => x.input));
  const fallbackReads = await Promise.all(needed.map((x) => readOne(x.input, x.index)));
  const fallbackText = await decodeAll(fallbackReads, ask);
  for (const r of fallbackReads) {
    if (!r.bytes && !r.error) continue;
    const slot = r.input.slot!;
    fill(slot, r, fallbackText.get(r.index));
    if (r.error) addIssue(slot, { ...r.error, file: slot });
  }

  options.onRead?.();
  const dataset = validateDataset(texts, options.onValidate, names);
  addFileIssues(dataset.report, slotIssues, (file) => texts[file] !== undefined, names);
  return { dataset: Object.assign(dataset, { encodings }), fills, unused };
}

/** Gets one file's bytes, or null when it does not exist (fetch 404, missing on disk). */
export type ReadBytes = (file: string) => Promise<Uint8Array | null>;

export interface ReadOptions {
  /**
   * Looks for every format of each table, so two files for one table are an error. A folder
   * on disk can; over HTTP each absent name costs a 404, so there the first found is used.
   */
  everyFormat?: boolean;
  /**
   * Reads only these tables (and the manifest); the others are left unread, as if absent. A
   * page that draws one chart reads what that chart draws from.
   */
  tables?: readonly TableName[];
}

/** The dataset files a reader looks for: every slot, or the manifest and the tables asked for. */
export function datasetSlots(tables?: readonly TableName[]): readonly string[] {
  if (!tables) return DATASET_FILES;
  return DATASET_FILES.filter((slot) => {
    const spec = TABLE_BY_FILE.get(slot);
    return !spec || tables.includes(spec.table);
  });
}

/** A folder's dataset (every file under its dataset name) through `read`: the CLI, the wall, the embed. */
export async function readDataset(read: ReadBytes, options: ReadOptions = {}): Promise<ReadResult> {
  const inputs: DatasetInput[] = datasetSlots(options.tables).flatMap((slot) => {
    const [name, ...alternates] = tableFileNames(slot);
    const input = { slot, encoding: null, fallback: false };
    // Every format as a file of its own: two of them for one table are then reported.
    return options.everyFormat
      ? tableFileNames(slot).map((n) => ({ ...input, name: n }))
      : [{ ...input, name: name!, alternates }];
  });
  return (await assembleDataset(inputs, (_, name) => read(name))).dataset;
}
