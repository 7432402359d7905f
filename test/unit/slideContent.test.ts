import { describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import type { ChartId } from '../../src/charts/chartTypes';
import { getChart } from '../../src/charts/registry';
import { headlineFigures } from '../../src/model/headline';
import { slideContent } from '../../src/modes/screen/slideContent';
import { VIEW_CHARTS } from '../../src/view/viewCharts';
import { seedModel } from '../helpers/seedModel';

const model = await seedModel();
const ctxFor = (region: string) =>
  chartContext({ region, year: model.defaultYear(region), animation: false });
const hasData = (id: ChartId, region: string) =>
  getChart(id).build(model, ctxFor(region)).option !== null;

/** The charts that fill spare panels, most telling first; the map after the region's own figures. */
const FILL_ORDER: readonly ChartId[] = [
  'exit-timeline',
  'targets',
  'headcount',
  'funds-source',
  'map',
  'milestones',
  'causes',
  'funds-use',
  'infrastructure',
];
const REGIONS = ['421202', '510802', '430600', '430372', '421200', '000000'];

describe('slideContent', () => {
  it('shows the national map alone on the tour, with the map’s sources', () => {
    const c = slideContent(model, 'tour', ctxFor('000000'), 5);
    expect(c.panels).toEqual(['map']);
    expect(c.headline).toEqual([]);
    expect(c.sourceFiles.length).toBeGreaterThan(0);
  });

  it.each(REGIONS)(
    '%s: the view’s own charts with data first, then fillers in their order, then the silent own ones',
    (region) => {
      const ctx = ctxFor(region);
      for (const view of ['timeline', 'funds', 'people', 'assistance'] as const) {
        const own = VIEW_CHARTS[view];
        const fillers = FILL_ORDER.filter((id) => !own.includes(id) && hasData(id, region));
        const silent = own.filter((id) => !hasData(id, region));
        const spoken = own.filter((id) => hasData(id, region));
        for (const max of [1, 3, 9]) {
          const c = slideContent(model, view, ctx, max);
          const shown = [...spoken, ...fillers].slice(0, Math.max(0, max - silent.length));
          expect(c.panels).toEqual([...shown, ...silent]);
          // The view's name never lies: its own charts are on its slide, with data or saying why not.
          if (max >= own.length) for (const id of own) expect(c.panels).toContain(id);
        }
      }
    },
  );

  it('lists every source behind the headline and the panels, once each, sorted', () => {
    const region = '421202';
    const ctx = ctxFor(region);
    const c = slideContent(model, 'funds', ctx, 5);
    const expected = new Set([
      ...headlineFigures(model, region, ctx.year).flatMap((f) =>
        f.sources.map((s) => s.sourceFile),
      ),
      ...c.panels.flatMap((id) => getChart(id).build(model, ctx).sourceFiles),
    ]);
    expect(c.sourceFiles).toEqual([...expected].sort());
    expect(c.headline.length).toBeGreaterThan(0);
  });
});
