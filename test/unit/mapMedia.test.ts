import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import { chartInBox } from '../../src/charts/chartInBox';
import type { BuiltChart, ChartContext } from '../../src/charts/chartTypes';
import { getChart } from '../../src/charts/registry';
import { run } from '../../src/cli/render';
import { readDataset } from '../../src/data/readDataset';
import { reportPages } from '../../src/export/report';
import { DashboardModel } from '../../src/model/dashboardModel';

/**
 * The map needs nothing but the model: every medium builds it through the registry and gets the
 * same pins. 430372 昭山示范区 has no polygon, so it exists on 湘潭's map only as a pin.
 */
let model: DashboardModel;
const dir = mkdtempSync(join(tmpdir(), 'map-media-'));

beforeAll(async () => {
  model = new DashboardModel(
    await readDataset(async (f) => {
      try {
        return new Uint8Array(await readFile(join('public/data', f)));
      } catch {
        return null;
      }
    }),
  );
});

const ctxFor = (region: string, extra: Partial<ChartContext> = {}): ChartContext =>
  chartContext({ region, year: model.defaultYear(region), animation: false, ...extra });

type MarkerData = Array<{ adcode: string }>;
const markers = (built: BuiltChart): string[] => {
  const series = (built.option as { series: Array<{ type: string; data: MarkerData }> }).series;
  return series.filter((s) => s.type === 'scatter').flatMap((s) => s.data.map((d) => d.adcode));
};

/** The chart as each medium builds it: the same call sites as the dashboard, wall, embed and report. */
const MEDIA: Record<string, (region: string) => BuiltChart> = {
  dashboard: (region) => getChart('map').build(model, ctxFor(region, { medium: 'screen' })),
  wall: (region) =>
    chartInBox(
      getChart('map'),
      model,
      ctxFor(region, { medium: 'wall', fontScale: 1.6, height: 700, minFontPx: 18 }),
    ).built,
  embed: (region) => getChart('map').build(model, ctxFor(region, { width: 640 })),
  report: (region) =>
    reportPages(model, region, ctxFor(region), false)
      .flat()
      .find((b) => b.maps.length > 0)!,
};

describe('map markers in every medium', () => {
  for (const [medium, build] of Object.entries(MEDIA)) {
    it(`${medium}: 昭山示范区 on 湘潭's map, and the national map keeps its pins`, () => {
      const xiangtan = build('430372');
      expect(xiangtan.maps).toEqual(['430300']);
      expect(markers(xiangtan)).toContain('430372');
      const national = markers(build('000000'));
      expect(national.length).toBeGreaterThanOrEqual(15);
      expect(national).toContain('430372');
      // Every map says it is a schematic, with its boundary source.
      expect(JSON.stringify(xiangtan.option)).toContain('示意图 · 边界：echarts 4.9.0');
    });
  }

  it('CLI render: the SVG names 昭山示范区 on 湘潭 and pins the nation', async () => {
    const io = { out: () => undefined, err: (l: string) => console.error(l) };
    const xiangtan = join(dir, 'xiangtan.svg');
    expect(
      await run(['--region', '430372', '--chart', 'map', '--format', 'svg', '--out', xiangtan], io),
    ).toBe(0);
    expect(readFileSync(xiangtan, 'utf8')).toContain('湘潭昭山示范区');
    expect(readFileSync(xiangtan, 'utf8')).toContain('示意图');
    const nation = join(dir, 'nation.svg');
    expect(
      await run(['--region', '000000', '--chart', 'map', '--format', 'svg', '--out', nation], io),
    ).toBe(0);
    // Pins are scatter symbols: the national map of the bundled data has at least 15.
    const pins = readFileSync(nation, 'utf8').match(/ecmeta_series_index="1"/g) ?? [];
    expect(pins.length).toBeGreaterThanOrEqual(15);
  });
});
