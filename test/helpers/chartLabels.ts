import { chartContext } from '../../src/charts/chartContext';
import { CHART_IDS } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { ssrSvg } from '../../src/export/renderSvg';
import type { DashboardModel } from '../../src/model/dashboardModel';
import { labelProblems } from './svgLabels';

const REGIONS = ['000000', '421202', '510802', '430600', '430372', '421200'];
const LANGS = ['zh', 'en'] as const;
// Every chart but the map, whose region names ECharts places itself.
const CHECKED = CHART_IDS.filter((id) => id !== 'map');

/**
 * Every checked chart of the nation and the seed regions, in both languages, at each width, as
 * the SSR renderer draws it: what a reader would see broken, and how many charts were drawn.
 */
export function chartLabelProblems(
  model: DashboardModel,
  widths: readonly number[],
): { found: string[]; renders: number } {
  const found: string[] = [];
  let renders = 0;
  for (const id of CHECKED)
    for (const region of REGIONS)
      for (const width of widths)
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
  return { found, renders };
}
