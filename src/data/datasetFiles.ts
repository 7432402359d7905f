import type { TableFormat } from './jsonTable';
import { MANIFEST_FILE, TABLES } from './schema';

// The names of a dataset's files, apart from the parsers that read them: a page that only
// names the files (the picker, saved datasets, the address of a dataset) loads no parser.

/** Every file of a dataset: the manifest, then each table's CSV name (its slot). */
export const DATASET_FILES: readonly string[] = [MANIFEST_FILE, ...TABLES.map((t) => t.file)];

/** A table's file name in a format: funds.csv → funds.json. The manifest keeps its name. */
export function tableFileName(slot: string, format: TableFormat): string {
  return slot === MANIFEST_FILE ? slot : slot.replace(/\.csv$/, `.${format}`);
}

/** The names a dataset file may have, CSV first: funds.csv, funds.json, funds.ndjson. */
export function tableFileNames(slot: string): string[] {
  if (slot === MANIFEST_FILE) return [slot];
  return (['csv', 'json', 'ndjson'] as const).map((f) => tableFileName(slot, f));
}
