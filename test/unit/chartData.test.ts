import { describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import { CHART_IDS, type ChartId } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset, type ReadBytes } from '../../src/data/readDataset';
import { DashboardModel } from '../../src/model/dashboardModel';
import {
  chartDataFile,
  chartDataJson,
  fingerprint,
  readChartData,
} from '../../src/modes/embed/chartData';

// The file the build writes for each chart's embed must draw exactly what the CSVs draw.
const disk = fsReader('public/data');
const REGIONS = ['000000', '420000', '421202', '430600', '510802'];

/** A folder holding the bundled files plus the chart's file as the build writes it. */
async function builtFolder(id: ChartId, manifest: Uint8Array | null): Promise<ReadBytes> {
  const made = chartDataJson(await readDataset(disk, { tables: CHARTS[id].tables }), manifest);
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
    const made = await readChartData(read, id);
    expect(made).not.toBeNull();
    const fromCsv = await readDataset(disk, { tables: CHARTS[id].tables });
    expect(drawn(new DashboardModel(made!), id)).toEqual(drawn(new DashboardModel(fromCsv), id));
    expect(made!.report).toEqual(JSON.parse(JSON.stringify(fromCsv.report)));
  });

  it('is not used when the manifest beside it is another one (republished in place)', async () => {
    const read = await builtFolder('milestones', new TextEncoder().encode('{"older":true}'));
    expect(await readChartData(read, 'milestones')).toBeNull();
  });

  it('is not used when the build wrote none, or the server answers with a page', async () => {
    expect(await readChartData(disk, 'milestones')).toBeNull();
    const page = new TextEncoder().encode('<!doctype html><html></html>');
    const devServer: ReadBytes = async (file) =>
      file === chartDataFile('milestones') ? page : disk(file);
    expect(await readChartData(devServer, 'milestones')).toBeNull();
  });

  it('tells manifests apart by content, and an absent one from any', () => {
    const a = new TextEncoder().encode('{"as_of":"2020-12-31"}');
    const b = new TextEncoder().encode('{"as_of":"2021-12-31"}');
    expect(fingerprint(a)).toBe(fingerprint(new Uint8Array(a)));
    expect(fingerprint(a)).not.toBe(fingerprint(b));
    expect(fingerprint(null)).not.toBe(fingerprint(new Uint8Array()));
  });
});
