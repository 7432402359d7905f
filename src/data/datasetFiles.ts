import type { TableFormat } from './jsonTable';
import { MANIFEST_FILE, TABLES } from './schema';

// The names of a dataset's files, apart from the parsers that read them: a page that only
// names the files (the picker, saved datasets, the address of a dataset) loads no parser.

/** The dataset file name of its own boundaries; its content may be GeoJSON or TopoJSON. */
export const BOUNDARIES_FILE = 'boundaries.geojson';

/** File names the picker takes as boundaries. */
export const isBoundariesName = (name: string): boolean =>
  /\.(geojson|topojson)$/i.test(name) || name.toLowerCase() === BOUNDARIES_FILE;

/** Every file of a dataset: the manifest, each table's CSV name (its slot), the boundaries. */
export const DATASET_FILES: readonly string[] = [
  MANIFEST_FILE,
  ...TABLES.map((t) => t.file),
  BOUNDARIES_FILE,
];

/** A table's file name in a format: funds.csv → funds.json. The manifest keeps its name. */
export function tableFileName(slot: string, format: TableFormat): string {
  return slot === MANIFEST_FILE ? slot : slot.replace(/\.csv$/, `.${format}`);
}

/** The names a dataset file may have, CSV first: funds.csv, funds.json, funds.ndjson. */
export function tableFileNames(slot: string): string[] {
  if (slot === MANIFEST_FILE || slot === BOUNDARIES_FILE) return [slot];
  return (['csv', 'json', 'ndjson'] as const).map((f) => tableFileName(slot, f));
}
