import type { ReadResult } from '../../data/readDataset';
import { fetchReader } from '../../load/datasetSource';
import type { LoadInput, SlotFill } from '../../load/protocol';
import { DASHBOARD_DATA_FILE, readBuiltData } from '../builtData';

/** The bundled dataset as the build validated it, and what filled each of its files. */
export interface BuiltDataset {
  result: ReadResult;
  slots: SlotFill[];
}

/**
 * The bundled dataset from the file the build wrote (view/builtData.ts): the first screen
 * then needs no worker, parser or validator. Null when there is none or it is stale; the
 * caller then loads the folder through the worker. Its slots hold no bytes: a later load that
 * needs the files fetches them (slotInput).
 */
export async function readBuiltDataset(folder: string): Promise<BuiltDataset | null> {
  const result = await readBuiltData(fetchReader(folder), DASHBOARD_DATA_FILE).catch(() => null);
  return result && { result, slots: builtSlots(result) };
}

/** The files the build read, as the worker reports the slots it filled from the folder. */
export const builtSlots = (result: ReadResult): SlotFill[] =>
  result.report.files
    .filter((f) => f.present)
    .map((f) => ({
      file: f.file,
      name: f.name ?? f.file,
      blob: null,
      origin: { kind: 'bundled' },
      chosen: null,
    }));

/**
 * A file of the dataset showing, as the base of a load of the user's files: its bytes, or for
 * a file the page has not read (builtSlots) its address in `folder`.
 */
export const slotInput = (s: SlotFill, folder: string): LoadInput => ({
  ...(s.blob ? { blob: s.blob } : { url: new URL(s.name, folder).href }),
  name: s.name,
  slot: s.file,
  origin: s.origin,
  encoding: s.chosen,
  fallback: true,
});
