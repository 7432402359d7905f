import { describe, expect, it } from 'vitest';
import { contextFor } from '../../src/charts/chartContext';
import { getChart } from '../../src/charts/registry';
import { seedModel } from '../helpers/seedModel';

const model = await seedModel();
const REGIONS = ['000000', '420000', '421200', '421202', '421223', '430372', '510802'];
const figures = (built: { table: { rows: Array<Record<string, unknown>> } }) =>
  built.table.rows.filter((r) => typeof r.value === 'number').length;

describe('the metric a region opens on', () => {
  it.each(REGIONS)('%s: its map shows figures, not only "no data"', (region) => {
    const ctx = contextFor(model, { region, year: null });
    expect(figures(getChart('map').build(model, ctx))).toBeGreaterThan(0);
  });

  it.each(REGIONS)('%s: keeps one metric whatever year is shown', (region) => {
    const opening = contextFor(model, { region, year: null }).metric;
    for (const year of [2013, 2015, 2017, 2019, 2021])
      expect(contextFor(model, { region, year }).metric, String(year)).toBe(opening);
  });

  it('keeps the metric asked for, figures or not', () => {
    const ctx = contextFor(model, { region: '421202', year: null, metric: 'exit_share' });
    expect(ctx.metric).toBe('exit_share');
    expect(figures(getChart('map').build(model, ctx))).toBe(0);
  });
});
