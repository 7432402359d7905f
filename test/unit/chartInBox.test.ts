import { describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import { chartInBox, sheetPages } from '../../src/charts/chartInBox';
import type { ChartContext } from '../../src/charts/chartTypes';
import { CHARTS, getChart } from '../../src/charts/registry';
import { screenLayout } from '../../src/modes/screen/screenLayout';
import { seedModel } from '../helpers/seedModel';

const model = await seedModel();
const REGIONS = ['421202', '510802', '430600', '430372', '421200', '000000'];

const wallContext = (region: string, box: { width: number; height: number }): ChartContext => {
  const wall = screenLayout(1920, 1080);
  return chartContext({
    region,
    year: model.defaultYear(region),
    animation: false,
    medium: 'wall',
    fontScale: wall.chartFontScale,
    minFontPx: wall.minChartPx,
    ...box,
  });
};

/** Every `fontSize` in an option. */
function fontSizes(v: unknown, out: number[] = []): number[] {
  if (Array.isArray(v)) v.forEach((x) => fontSizes(x, out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v))
      if (k === 'fontSize' && typeof x === 'number') out.push(x);
      else fontSizes(x, out);
  return out;
}

/** Every text size of an option, its axes' labels included (undefined: left to ECharts' 12 px). */
function sizes(option: unknown): Array<number | undefined> {
  const o = option as { xAxis?: unknown; yAxis?: unknown };
  const axes = [o.xAxis ?? [], o.yAxis ?? []].flat() as Array<{
    show?: boolean;
    axisLabel?: { fontSize?: number };
  }>;
  return [
    ...fontSizes(option),
    ...axes.filter((a) => a.show !== false).map((a) => a.axisLabel?.fontSize),
  ];
}

describe('sheetPages', () => {
  it('is one page, not moved, when the chart fits its box', () => {
    const s = sheetPages(300, 400);
    expect(s.pages).toBe(1);
    expect(s.offset(0)).toBe(0);
  });

  it('pages what overflows, a nine-tenths box at a time, the last page flush with the bottom', () => {
    const s = sheetPages(1000, 400);
    // 600 px overflow in steps of 360: 0, 360, 600.
    expect(s.pages).toBe(3);
    expect([0, 1, 2].map(s.offset)).toEqual([0, 360, 600]);
  });

  it('never takes more than six pages', () => {
    expect(sheetPages(40_000, 400).pages).toBe(6);
  });
});

describe('chartInBox on a wall', () => {
  it.each(REGIONS)('draws no text under the wall floor in any chart of %s', (region) => {
    const ctx = wallContext(region, { width: 880, height: 400 });
    for (const def of Object.values(CHARTS)) {
      const { built } = chartInBox(def, model, ctx);
      if (!built.option) continue;
      for (const px of sizes(built.option)) {
        expect(px, `${def.id}: an axis left at ECharts' 12 px`).toBeDefined();
        expect(px!, def.id).toBeGreaterThanOrEqual(ctx.minFontPx!);
      }
    }
  });

  it('shrinks a tall chart to its box, or as far as the floor allows, then pages the rest', () => {
    const def = getChart('targets');
    const ctx = wallContext('421202', { width: 880, height: 400 });
    const asked = def.build(model, ctx);
    expect(asked.height).toBeGreaterThan(400);
    const sheet = chartInBox(def, model, ctx);
    expect(sheet.built.height).toBeLessThan(asked.height);
    expect(sheet.height).toBe(Math.max(400, sheet.built.height));
    expect(sheet.pages).toBe(sheetPages(sheet.height, 400).pages);
    for (const px of sizes(sheet.built.option)) expect(px!).toBeGreaterThanOrEqual(ctx.minFontPx!);
  });

  it('draws a chart that stretches at its box height, on one page', () => {
    const ctx = wallContext('421202', { width: 880, height: 250 });
    const sheet = chartInBox(getChart('exit-timeline'), model, ctx);
    expect(sheet.height).toBe(250);
    expect(sheet.pages).toBe(1);
  });
});
