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

  it('pages a tall list by whole rows, each page drawn for the box, no text under the floor', () => {
    const def = getChart('targets');
    const ctx = wallContext('421202', { width: 880, height: 400 });
    const asked = def.build(model, { ...ctx, height: null });
    expect(asked.height).toBeGreaterThan(400);
    const sheet = chartInBox(def, model, ctx);
    expect(sheet.pages).toBeGreaterThan(1);
    for (let page = 0; page < sheet.pages; page++) {
      const built = sheet.chart(page);
      expect(built.height, `page ${page}`).toBeLessThanOrEqual(400);
      expect(sheet.offset(page)).toBe(0);
      for (const px of sizes(built.option)) expect(px!).toBeGreaterThanOrEqual(ctx.minFontPx!);
    }
  });

  // Panels a wall box of the usual heights (1920×1080: about 330 px, a tall panel 720) holds.
  it.each([
    ['causes', '421202', 280],
    ['causes', '421202', 360],
    ['funds-source', '430372', 280],
    ['funds-source', '430372', 360],
    ['headcount', '510802', 280],
    ['funds-use', '421202', 720],
    ['funds-source', '000000', 720],
  ] as const)(
    'fits %s of %s into a %i px wall box on one page, its plots shrunk or grown',
    (id, region, height) => {
      const def = getChart(id);
      const ctx = wallContext(region, { width: 880, height });
      const asked = def.build(model, { ...ctx, height: null });
      const sheet = chartInBox(def, model, ctx);
      expect(sheet.pages).toBe(1);
      expect(sheet.built.height).toBeLessThanOrEqual(height);
      // What asked for more than the box is shrunk to it; what asked for less grows into it.
      if (asked.height > height) expect(sheet.built.height).toBeGreaterThan(height - 4);
      for (const px of sizes(sheet.built.option))
        expect(px!).toBeGreaterThanOrEqual(ctx.minFontPx!);
    },
  );

  it.each([
    ['headcount', '000000'],
    ['funds-use', '421200'],
    ['infrastructure', '430600'],
    ['assistance', '421202'],
  ] as const)('pages %s of %s in a short wall box by whole panels and rows', (id, region) => {
    const def = getChart(id);
    const ctx = wallContext(region, { width: 880, height: 330 });
    const sheet = chartInBox(def, model, ctx);
    expect(sheet.pages).toBeGreaterThan(1);
    const plots = (b: ReturnType<typeof sheet.chart>) =>
      ((b.option as { grid?: Array<{ top: number; height: number }> }).grid ?? []).map(
        (g) => g.top + g.height,
      );
    for (let page = 0; page < sheet.pages; page++) {
      const built = sheet.chart(page);
      expect(built.height, `page ${page}`).toBeLessThanOrEqual(330);
      // Every plot on the page ends inside the box: none is cut off at its bottom.
      for (const bottom of plots(built)) expect(bottom).toBeLessThan(330);
    }
  });

  // Wall boxes of the timeline view's milestones panel: 1366×768, 1920×1080 and 3840×2160.
  it.each([
    ['421200', 560, 230],
    ['421200', 880, 300],
    ['000000', 880, 300],
    ['421202', 1720, 640],
  ] as const)(
    'fits the milestones of %s into a %i×%i wall box, leaving off labels with no room',
    (region, width, height) => {
      const def = getChart('milestones');
      const ctx = wallContext(region, { width, height });
      const sheet = chartInBox(def, model, ctx);
      expect(sheet.pages).toBe(1);
      expect(sheet.built.height).toBeLessThanOrEqual(height);
      for (const px of sizes(sheet.built.option))
        expect(px!).toBeGreaterThanOrEqual(ctx.minFontPx!);
      // The labels on stems: the most prominent milestones keep theirs.
      const series = (sheet.built.option as { series: Array<{ type: string; data: unknown[] }> })
        .series;
      const stems = series.find((s) => s.type === 'scatter' && 'markLine' in s);
      expect(stems?.data.length).toBeGreaterThan(1);
    },
  );

  it('draws a chart that stretches at its box height, on one page', () => {
    const ctx = wallContext('421202', { width: 880, height: 250 });
    const sheet = chartInBox(getChart('exit-timeline'), model, ctx);
    expect(sheet.height).toBe(250);
    expect(sheet.pages).toBe(1);
  });
});
