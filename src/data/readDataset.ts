import { decodeBytes, type Encoding } from './decode';
import { formatOf } from './jsonTable';
import { BOUNDARIES_FILE, DATASET_FILES, tableFileNames } from './datasetFiles';
import { issueAt, refuse, type Issue } from './report';
import { TABLE_BY_FILE } from './schema';
import type { TableName } from './types';
import { validateDataset, type ValidatedDataset } from './validateDataset';

export { DATASET_FILES };

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
      const why = (e as Error).message;
      return {
        name,
        issue: issueAt(name, null, null, null, `Could not be read: ${why}`, `无法读取：${why}`),
      };
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
  const list = found.map((f) => f.name);
  return {
    name: list[0]!,
    issue: issueAt(
      slot,
      null,
      null,
      null,
      `Two files for one table: ${list.join(' and ')}. Keep only one of them; neither was used.`,
      `同一张表有两个文件：${list.join('、')}。只能保留其中一个；两者均未使用。`,
    ),
  };
}

/** Reads every dataset file through `read`, decodes, validates. Shared by the app and the CLI. */
export async function readDataset(read: ReadBytes, options: ReadOptions = {}): Promise<ReadResult> {
  const texts: Record<string, string | undefined> = {};
  const names: Record<string, string> = {};
  const encodings: Record<string, Encoding> = {};
  const refused = new Map<string, Issue>();
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
      if ('issue' in found) return void refused.set(slot, found.issue);
      const decoded = decodeBytes(found.bytes);
      if (!decoded.ok) {
        refused.set(slot, issueAt(found.name, null, null, null, decoded.en, decoded.zh));
        return;
      }
      texts[slot] = decoded.text;
      encodings[slot] = decoded.encoding;
    }),
  );
  const result = validateDataset(texts, undefined, names);
  for (const report of result.report.files) {
    const issue = refused.get(report.file);
    if (issue) refuse(report, [issue], names[report.file]);
  }
  return { ...result, encodings };
}

/** Reads a dataset over HTTP from a folder URL; a 404 means the file is absent. */
export function fetchReader(baseUrl: string, fetchFn: typeof fetch = fetch): ReadBytes {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return async (file) => {
    const res = await fetchFn(`${base}${file}`, { cache: 'no-cache' });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`HTTP ${res.status} for ${file}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}
