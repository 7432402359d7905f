import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ReadBytes } from '../../src/data/readDataset';
import { DATASET_FILES } from '../../src/data/datasetFiles';
import { DEFAULT_VILLAGES, writeDataset } from '../synth/dataset';

export const SYNTH_DIR = resolve('.cache/synthetic');

/** The default synthetic dataset, generated first if it is missing or of another size. */
export async function ensureSynthetic(folder = SYNTH_DIR): Promise<void> {
  const manifest = join(folder, 'manifest.json');
  const size = `${DEFAULT_VILLAGES} villages)`;
  if (
    existsSync(manifest) &&
    existsSync(join(folder, 'village_exits.csv')) &&
    (await readFile(manifest, 'utf8')).includes(size)
  )
    return;
  console.log(`Generating ${DEFAULT_VILLAGES} synthetic villages into ${folder} …`);
  await writeDataset(folder, {});
}

/** Every dataset file of a folder held in memory, so timings measure parsing, not the disk. */
export async function loadBytes(folder: string): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const file of DATASET_FILES) {
    const path = join(folder, file);
    if (existsSync(path)) out.set(file, new Uint8Array(await readFile(path)));
  }
  return out;
}

export const memoryReader =
  (bytes: ReadonlyMap<string, Uint8Array>): ReadBytes =>
  async (file) =>
    bytes.get(file) ?? null;
