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
import { builtDataJson, chartDataFile, DASHBOARD_DATA_FILE } from '../../src/view/builtData';

export { earlyFetchScript, modulePreloadScript } from '../../src/modes/embed/earlyFetchScript';
export { chartPreloads } from './chartPreloads';
export { CHART_IDS };

export interface EmbedAsset {
  fileName: string;
  source: string;
}

/**
 * The dataset in `dataDir`, validated now (view/builtData.ts): each chart's tables for its
 * embed, and every table for the dashboard's first screen.
 */
export async function embedChartData(dataDir: string): Promise<EmbedAsset[]> {
  const read = fsReader(dataDir);
  const manifest = await readFile(resolve(dataDir, MANIFEST_FILE)).catch(() => null);
  const manifestBytes = manifest && new Uint8Array(manifest);
  const assets: EmbedAsset[] = [];
  for (const id of CHART_IDS) {
    const result = await readDataset(read, { tables: CHARTS[id].tables });
    assets.push({
      fileName: `data/${chartDataFile(id)}`,
      source: builtDataJson(result, { [MANIFEST_FILE]: manifestBytes }),
    });
  }
  // The dashboard compares every file it was made from (readBuiltData).
  const all = await readDataset(read);
  const files = all.report.files.filter((f) => f.present).map((f) => f.name ?? f.file);
  const bytes = await Promise.all(files.map((f) => read(f)));
  assets.push({
    fileName: `data/${DASHBOARD_DATA_FILE}`,
    source: builtDataJson(all, Object.fromEntries(files.map((f, i) => [f, bytes[i]!]))),
  });
  return assets;
}
