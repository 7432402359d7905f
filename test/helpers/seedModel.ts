import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fsReader } from '../../src/cli/fsReader';
import { echarts } from '../../src/charts/echartsSetup';
import { mapFileFor, mapsOfFile } from '../../src/charts/mapCatalog';
import { readDataset } from '../../src/data/readDataset';
import { DashboardModel } from '../../src/model/dashboardModel';

const ROOT = join(import.meta.dirname, '../..');

/** The dataset the app ships (public/data), as the dashboard and the CLI read it. */
export async function seedModel(): Promise<DashboardModel> {
  return new DashboardModel(await readDataset(fsReader(join(ROOT, 'public/data'))));
}

/** Registers the GeoJSON maps a built chart names, from public/maps, as the CLI does. */
export async function registerSeedMaps(names: readonly string[]): Promise<void> {
  for (const name of names) {
    if (echarts.getMap(name)) continue;
    const json: unknown = JSON.parse(
      await readFile(join(ROOT, 'public/maps', mapFileFor(name)), 'utf8'),
    );
    for (const [map, geo] of mapsOfFile(name, json))
      echarts.registerMap(map, geo as Parameters<typeof echarts.registerMap>[1]);
  }
}
