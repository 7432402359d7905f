import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import { CHART_IDS, type ChartId } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { readDataset, type ReadBytes } from '../../src/data/readDataset';
import { DashboardModel } from '../../src/model/dashboardModel';

// The embed reads only the tables its chart lists; what it draws must not change for that.
const read: ReadBytes = async (file) => {
  try {
    return new Uint8Array(await readFile(join('public/data', file)));
  } catch {
    return null;
  }
};
/** The nation, the seed reports' regions and their parents. */
const REGIONS = ['000000', '420000', '421200', '421202', '430000', '430600', '510800', '510802'];

let full: DashboardModel;
beforeAll(async () => {
  full = new DashboardModel(await readDataset(read));
});

/** Everything the chart shows (functions aside), in both languages, for every region. */
function drawn(model: DashboardModel, id: ChartId): string[] {
  return REGIONS.flatMap((region) =>
    (['zh', 'en'] as const).map((lang) =>
      JSON.stringify(
        CHARTS[id].build(
          model,
          chartContext({
            region,
            year: full.defaultYear(region),
            lang,
            animation: false,
            width: 1000,
          }),
        ),
      ),
    ),
  );
}

describe('each chart from only the tables it lists', () => {
  it.each(CHART_IDS)('%s draws the same as from the whole dataset', async (id) => {
    const only = new DashboardModel(await readDataset(read, { tables: CHARTS[id].tables }));
    expect(only.manifest).toEqual(full.manifest);
    expect(drawn(only, id)).toEqual(drawn(full, id));
  });

  it('reads fewer tables, so the check above could fail', async () => {
    const regionsOnly = new DashboardModel(await readDataset(read, { tables: ['regions'] }));
    expect(drawn(regionsOnly, 'exit-timeline')).not.toEqual(drawn(full, 'exit-timeline'));
  });
});
