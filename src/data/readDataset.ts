import { decodeBytes, type Encoding } from './decode';
import { formatOf } from './jsonTable';
import { BOUNDARIES_FILE, DATASET_FILES, tableFileNames } from './datasetFiles';
import {
  addFileIssues,
  encodingGuessed,
  fileIssue,
  twoFilesForOneTable,
  unreadable,
} from './fileIssues';
import type { Issue } from './report';
import { TABLE_BY_FILE } from './schema';
import type { TableName } from './types';
import { validateDataset, type ValidatedDataset } from './validateDataset';

/** Gets one file's bytes, or null when it does not exist (fetch 404, missing on disk). */
export type ReadBytes = (file: string) => Promise<Uint8Array | null>;

export interface ReadResult extends ValidatedDataset {
  encodings: Record<string, Encoding>;
}

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

type Found = { name: string; bytes: Uint8Array } | { name: string; issue: Issue } | null;

/** The one file of a dataset slot, in whichever format it is. */
async function readSlot(read: ReadBytes, slot: string, everyFormat: boolean): Promise<Found> {
  const readOne = async (name: string): Promise<Found> => {
    try {
      const bytes = await read(name);
      return bytes && { name, bytes };
    } catch (e) {
      return { name, issue: unreadable(name, (e as Error).message) };
    }
  };
  const names = tableFileNames(slot);
  if (!everyFormat) {
    for (const name of names) {
      const found = await readOne(name);
      if (found) return found;
    }
    return null;
  }
  const found = (await Promise.all(names.map(readOne))).filter((f) => f !== null);
  if (found.length < 2) return found[0] ?? null;
  return { name: found[0]!.name, issue: twoFilesForOneTable(slot, found[0]!.name, found[1]!.name) };
}

/**
 * Reads every dataset file through `read`, decodes, validates: the CLI, the wall and the embed.
 * A file's own problems are worded and reported as the page's loader does (fileIssues.ts).
 */
export async function readDataset(read: ReadBytes, options: ReadOptions = {}): Promise<ReadResult> {
  const texts: Record<string, string | undefined> = {};
  const names: Record<string, string> = {};
  const encodings: Record<string, Encoding> = {};
  const issues = new Map<string, Issue[]>();
  const addIssue = (slot: string, issue: Issue) =>
    issues.set(slot, [...(issues.get(slot) ?? []), { ...issue, file: slot }]);
  const wanted = options.tables;
  const slots = wanted
    ? DATASET_FILES.filter((slot) => {
        const spec = TABLE_BY_FILE.get(slot);
        return !spec || wanted.includes(spec.table);
      })
    : DATASET_FILES;
  await Promise.all(
    slots.map(async (slot) => {
      const found = await readSlot(read, slot, options.everyFormat ?? false);
      if (!found) return;
      if (formatOf(found.name) !== 'csv' || slot === BOUNDARIES_FILE) names[slot] = found.name;
      if ('issue' in found) return void addIssue(slot, found.issue);
      const decoded = decodeBytes(found.bytes);
      if (!decoded.ok) return void addIssue(slot, fileIssue(found.name, decoded.en, decoded.zh));
      texts[slot] = decoded.text;
      encodings[slot] = decoded.encoding;
      // Nobody to ask here: the guess stands, and the report says it is one.
      if (!decoded.confident) addIssue(slot, encodingGuessed(found.name));
    }),
  );
  const result = validateDataset(texts, undefined, names);
  addFileIssues(result.report, issues, (file) => texts[file] !== undefined, names);
  return Object.assign(result, { encodings });
}
