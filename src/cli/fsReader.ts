import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadBytes } from '../data/readDataset';

/** Reads dataset files from a folder on disk; a missing file is absent, not an error. */
export function fsReader(folder: string): ReadBytes {
  return async (file) => {
    try {
      return new Uint8Array(await readFile(join(folder, file)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
}
