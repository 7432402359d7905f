import { describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import { CHART_IDS, type ChartId } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset, type ReadBytes, type ReadResult } from '../../src/data/readDataset';
import { DashboardModel } from '../../src/model/dashboardModel';
import {
  builtDataJson,
  chartDataFile,
  DASHBOARD_DATA_FILE,
  fingerprint,
  readBuiltData,
} from '../../src/view/builtData';
import { builtSlots } from '../../src/view/load/builtDataset';

// The file the build writes for each chart's embed must draw exactly what the CSVs draw.
const disk = fsReader('public/data');
const REGIONS = ['000000', '420000', '421202', '430600', '510802'];

/** A folder holding the bundled files plus the chart's file as the build writes it. */
async function builtFolder(id: ChartId, manifest: Uint8Array | null): Promise<ReadBytes> {
  const made = builtDataJson(await readDataset(disk, { tables: CHARTS[id].tables }), {
    'manifest.json': manifest,
  });
  return async (file) => (file === chartDataFile(id) ? new TextEncoder().encode(made) : disk(file));
}

const drawn = (model: DashboardModel, id: ChartId) =>
  REGIONS.map((region) =>
    JSON.stringify(
      CHARTS[id].build(
        model,
        chartContext({ region, year: model.defaultYear(region), animation: false }),
      ),
    ),
  );

describe("an embed's chart data file", () => {
  it.each(CHART_IDS)('%s draws the same from it as from the CSVs', async (id) => {
    const read = await builtFolder(id, await disk('manifest.json'));
    const made = await readBuiltData(read, chartDataFile(id), ['manifest.json']);
    expect(made).not.toBeNull();
    const fromCsv = await readDataset(disk, { tables: CHARTS[id].tables });
    expect(drawn(new DashboardModel(made!), id)).toEqual(drawn(new DashboardModel(fromCsv), id));
    expect(made!.report).toEqual(JSON.parse(JSON.stringify(fromCsv.report)));
  });

  it('is not used when the manifest beside it is another one (republished in place)', async () => {
    const read = await builtFolder('milestones', new TextEncoder().encode('{"older":true}'));
    expect(await readBuiltData(read, chartDataFile('milestones'), ['manifest.json'])).toBeNull();
  });

  it('is not used when the build wrote none, or the server answers with a page', async () => {
    expect(await readBuiltData(disk, chartDataFile('milestones'), ['manifest.json'])).toBeNull();
    const page = new TextEncoder().encode('<!doctype html><html></html>');
    const devServer: ReadBytes = async (file) =>
      file === chartDataFile('milestones') ? page : disk(file);
    expect(
      await readBuiltData(devServer, chartDataFile('milestones'), ['manifest.json']),
    ).toBeNull();
  });

  it('tells manifests apart by content, and an absent one from any', () => {
    const a = new TextEncoder().encode('{"as_of":"2020-12-31"}');
    const b = new TextEncoder().encode('{"as_of":"2021-12-31"}');
    expect(fingerprint(a)).toBe(fingerprint(new Uint8Array(a)));
    expect(fingerprint(a)).not.toBe(fingerprint(b));
    expect(fingerprint(null)).not.toBe(fingerprint(new Uint8Array()));
  });
});

describe("the dashboard's data file", () => {
  /** The bundled folder with the file as the build writes it (scripts/build/embedAssets.ts). */
  async function built(): Promise<{ read: ReadBytes; fromCsv: ReadResult }> {
    const fromCsv = await readDataset(disk);
    const files = fromCsv.report.files.filter((f) => f.present).map((f) => f.name ?? f.file);
    const bytes = await Promise.all(files.map((f) => disk(f)));
    const made = builtDataJson(fromCsv, Object.fromEntries(files.map((f, i) => [f, bytes[i]!])));
    const read: ReadBytes = async (file) =>
      file === DASHBOARD_DATA_FILE ? new TextEncoder().encode(made) : disk(file);
    return { read, fromCsv };
  }

  it('gives every table as the CSVs do, with the same report and slots', async () => {
    const { read, fromCsv } = await built();
    const made = await readBuiltData(read, DASHBOARD_DATA_FILE);
    expect(made).not.toBeNull();
    const model = new DashboardModel(made!);
    for (const id of CHART_IDS)
      expect(drawn(model, id)).toEqual(drawn(new DashboardModel(fromCsv), id));
    expect(made!.report).toEqual(JSON.parse(JSON.stringify(fromCsv.report)));
    expect(builtSlots(made!).map((s) => s.name)).toEqual([
      'manifest.json',
      'regions.csv',
      'village_exits.csv',
      'indicators.csv',
      'funds.csv',
      'infrastructure.csv',
      'milestones.csv',
    ]);
  });

  it('is not used when any file it was made from has changed, or gone', async () => {
    const { read } = await built();
    const broken: ReadBytes = async (file) =>
      file === 'funds.csv' ? new TextEncoder().encode('id,region_code\n1,2\n') : read(file);
    expect(await readBuiltData(broken, DASHBOARD_DATA_FILE)).toBeNull();
    const gone: ReadBytes = async (file) => (file === 'milestones.csv' ? null : read(file));
    expect(await readBuiltData(gone, DASHBOARD_DATA_FILE)).toBeNull();
  });
});
