import { beforeAll, describe, expect, it } from 'vitest';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset } from '../../src/data/readDataset';
import { DashboardModel } from '../../src/model/dashboardModel';
import { chartLabelProblems } from '../helpers/chartLabels';
import { measureLikeTextFit } from '../helpers/svgLabels';

// Chart widths: the 340 px and 1000 px embeds inside their padding, a 375 px phone, and the
// chart column of the dashboard at 1440 and 1920 px.
const WIDTHS = [316, 343, 976, 1100, 1270];

let model: DashboardModel;
beforeAll(async () => {
  measureLikeTextFit();
  model = new DashboardModel(await readDataset(fsReader('public/data')));
});

describe('labels at every size', () => {
  it(
    'neither overlap, nor leave the chart, nor are cut with "...", nor page',
    { timeout: 120_000 },
    () => {
      const { found, renders } = chartLabelProblems(model, WIDTHS);
      expect(found).toEqual([]);
      expect(renders).toBeGreaterThan(350);
    },
  );
});
