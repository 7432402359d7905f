import type { ChartId } from '../../charts/chartTypes';
import type { ReadBytes, ReadResult } from '../../data/readDataset';
import { MANIFEST_FILE } from '../../data/schema';

/**
 * The bundled dataset as one chart's embed reads it: that chart's tables, already validated,
 * written by the build (vite.config.ts) next to the data. With it the embed downloads no
 * parser and parses no CSV before it draws. It remembers the manifest it was made from: a
 * dataset republished in place, with its new manifest, is read from its own files instead,
 * never from a stale copy.
 */
export const chartDataFile = (id: ChartId): string => `embed/${id}.json`;

interface ChartData {
  /** fingerprint() of the manifest.json the data was read with. */
  manifest: string;
  result: ReadResult;
}

/** FNV-1a over the bytes, and their length: tells one manifest from another, not a secret. */
export function fingerprint(bytes: Uint8Array | null): string {
  if (!bytes) return 'absent';
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return `${bytes.length}:${h.toString(16)}`;
}

/** The file the build writes for one chart. */
export const chartDataJson = (result: ReadResult, manifest: Uint8Array | null): string =>
  JSON.stringify({ manifest: fingerprint(manifest), result } satisfies ChartData);

/**
 * One chart's data from the file the build wrote, or null when there is none (a dev server, a
 * build without it) or it was made from another manifest: the caller then reads the tables.
 */
export async function readChartData(read: ReadBytes, id: ChartId): Promise<ReadResult | null> {
  const [data, manifest] = await Promise.all([read(chartDataFile(id)), read(MANIFEST_FILE)]);
  if (!data) return null;
  let made: ChartData;
  try {
    made = JSON.parse(new TextDecoder().decode(data)) as ChartData;
  } catch {
    // A dev server answers a file it does not have with its HTML page.
    return null;
  }
  return made.manifest === fingerprint(manifest) ? made.result : null;
}
