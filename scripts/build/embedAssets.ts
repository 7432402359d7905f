// What the build adds for the embed page, from the project's own modules. vite.config.ts loads
// this through Vite's module runner, rather than bundling the source tree into the config; the
// runner closes once loaded, so nothing here may import lazily.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CHART_IDS } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset } from '../../src/data/readDataset';
import { MANIFEST_FILE } from '../../src/data/schema';
import { chartDataFile, chartDataJson } from '../../src/modes/embed/chartData';

export { earlyFetchScript, modulePreloadScript } from '../../src/modes/embed/earlyFetchScript';
export { chartPreloads } from './chartPreloads';
export { CHART_IDS };

export interface EmbedAsset {
  fileName: string;
  source: string;
}

/** Each chart's tables of the dataset in `dataDir`, validated now, for its embed (chartData.ts). */
export async function embedChartData(dataDir: string): Promise<EmbedAsset[]> {
  const read = fsReader(dataDir);
  const manifest = await readFile(resolve(dataDir, MANIFEST_FILE)).catch(() => null);
  const assets: EmbedAsset[] = [];
  for (const id of CHART_IDS) {
    const result = await readDataset(read, { tables: CHARTS[id].tables });
    assets.push({
      fileName: `data/${chartDataFile(id)}`,
      source: chartDataJson(result, manifest && new Uint8Array(manifest)),
    });
  }
  return assets;
}
