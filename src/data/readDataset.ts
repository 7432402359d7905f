import { decodeBytes, type Encoding } from './decode';
import { issueAt, type Issue } from './report';
import { MANIFEST_FILE, TABLES } from './schema';
import { validateDataset, type ValidatedDataset } from './validateDataset';

export const DATASET_FILES: readonly string[] = [MANIFEST_FILE, ...TABLES.map((t) => t.file)];

/** Gets one file's bytes, or null when it does not exist (fetch 404, missing on disk). */
export type ReadBytes = (file: string) => Promise<Uint8Array | null>;

export interface ReadResult extends ValidatedDataset {
  encodings: Record<string, Encoding>;
}

/** Reads every dataset file through `read`, decodes, validates. Shared by the app and the CLI. */
export async function readDataset(read: ReadBytes): Promise<ReadResult> {
  const texts: Record<string, string | undefined> = {};
  const encodings: Record<string, Encoding> = {};
  const decodeIssues: Issue[] = [];
  await Promise.all(
    DATASET_FILES.map(async (file) => {
      let bytes: Uint8Array | null;
      try {
        bytes = await read(file);
      } catch (e) {
        decodeIssues.push(
          issueAt(
            file,
            null,
            null,
            null,
            `Could not be read: ${(e as Error).message}`,
            `无法读取：${(e as Error).message}`,
          ),
        );
        return;
      }
      if (!bytes) return;
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) {
        decodeIssues.push(issueAt(file, null, null, null, decoded.en, decoded.zh));
        return;
      }
      texts[file] = decoded.text;
      encodings[file] = decoded.encoding;
    }),
  );
  const result = validateDataset(texts);
  for (const issue of decodeIssues) {
    const report = result.report.files.find((f) => f.file === issue.file);
    if (report) report.issues = [issue, ...report.issues.filter((i) => i.severity === 'error')];
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
