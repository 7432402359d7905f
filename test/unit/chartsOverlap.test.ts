import { beforeAll, describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import type { ChartId } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset } from '../../src/data/readDataset';
import { ssrSvg } from '../../src/export/renderSvg';
import { DashboardModel } from '../../src/model/dashboardModel';
import { labelProblems, measureLikeTextFit } from '../helpers/svgLabels';

// Chart widths: the 340 px and 1000 px embeds inside their padding, a 375 px phone, and the
// chart column of the dashboard at 1440 and 1920 px.
const WIDTHS = [316, 343, 976, 1100, 1270];
const REGIONS = ['000000', '421202', '510802', '430600', '430372', '421200'];
const LANGS = ['zh', 'en'] as const;
// Every chart but the map, whose region names ECharts places itself.
const CHECKED: ChartId[] = [
  'exit-timeline',
  'milestones',
  'targets',
  'funds-source',
  'funds-use',
  'infrastructure',
  'assistance',
  'causes',
  'headcount',
];

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
      const found: string[] = [];
      let renders = 0;
      for (const id of CHECKED)
        for (const region of REGIONS)
          for (const width of WIDTHS)
            for (const lang of LANGS) {
              const year = model.defaultYear(region);
              const ctx = chartContext({ region, year, width, lang, animation: false });
              const built = CHARTS[id].build(model, ctx);
              if (!built.option) continue;
              renders++;
              const problems = labelProblems(
                ssrSvg(built.option, width, built.height),
                width,
                built.height,
              );
              if (problems.length > 0)
                found.push(`${id} ${region} ${width} ${lang}: ${problems.join('; ')}`);
            }
      expect(found).toEqual([]);
      expect(renders).toBeGreaterThan(350);
    },
  );
});
