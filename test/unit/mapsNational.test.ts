import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import type { BuiltChart } from '../../src/charts/chartTypes';
import { echarts } from '../../src/charts/echartsSvg';
import { mapFileFor, mapsOfFile } from '../../src/charts/mapCatalog';
import { getChart } from '../../src/charts/registry';
import { readDataset } from '../../src/data/readDataset';
import type { MetricKey } from '../../src/model/metrics';
import { DashboardModel } from '../../src/model/dashboardModel';
import { generateDataset } from '../../scripts/synth/dataset';

/**
 * Issue 10's "done when": with the synthetic national dataset, every province and a county in
 * each of 贵州, 云南 and 甘肃 draw their own map, their children coloured.
 */
let model: DashboardModel;
const registered = new Set<string>();

beforeAll(async () => {
  const { files } = generateDataset({ seed: 11, villages: 30_000 });
  const enc = new TextEncoder();
  model = new DashboardModel(
    await readDataset(async (f) => (files[f] === undefined ? null : enc.encode(files[f]))),
  );
}, 60_000);

/** Registers the map file a chart needs, as the page does on the first drill. */
function register(map: string): void {
  const file = mapFileFor(map);
  if (registered.has(file)) return;
  registered.add(file);
  const json = JSON.parse(readFileSync(`public/maps/${file}`, 'utf8')) as unknown;
  for (const [name, geo] of mapsOfFile(map, json))
    echarts.registerMap(name, geo as Parameters<typeof echarts.registerMap>[1]);
}

function build(region: string, metric: MetricKey): BuiltChart {
  return getChart('map').build(
    model,
    chartContext({ region, year: 2016, metric, animation: false, width: 900 }),
  );
}

/** Draws the chart with ECharts SSR and returns the SVG. */
function draw(built: BuiltChart): string {
  for (const map of built.maps) register(map);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 700 });
  chart.setOption(built.option!);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

type Series = { type: string; data: Array<{ adcode: string; value: unknown }> };
const seriesOf = (b: BuiltChart) => (b.option as { series: Series[] }).series;

describe('the synthetic national dataset, on maps of their own', () => {
  it('draws every province with its children coloured by poor people', { timeout: 60_000 }, () => {
    const provinces = model.regions.children('000000');
    expect(provinces).toHaveLength(31);
    for (const p of provinces) {
      const built = build(p.code, 'poor_people');
      expect(built.maps, p.name).toEqual([p.code]);
      expect(built.title, p.name).toContain(p.name);
      const areas = seriesOf(built)[0]!;
      expect(areas.type).toBe('map');
      const children = model.regions.children(p.code).map((c) => c.code);
      expect(children.length, p.name).toBeGreaterThan(0);
      // Every child is an area of the province's own map, on the colour scale.
      expect(areas.data.map((d) => d.adcode).sort(), p.name).toEqual([...children].sort());
      // Coloured wherever the child has a figure: a prefecture with no poor county has none.
      const withFigure = children.filter((c) => model.metric('poor_people', c, 2016) !== null);
      expect(withFigure.length, p.name).toBeGreaterThan(0);
      const coloured = areas.data.filter((d) => typeof d.value === 'number').map((d) => d.adcode);
      expect(coloured.sort(), p.name).toEqual(withFigure.sort());
      expect(draw(built), p.name).toContain(`${model.region(children[0]!)!.name}`);
    }
  });

  it(
    'draws a county of 贵州, 云南 and 甘肃 with its townships as dots coloured by exit share',
    { timeout: 60_000 },
    () => {
      for (const province of ['520000', '530000', '620000']) {
        const county = model.regions
          .children(province)
          .flatMap((pref) => model.regions.children(pref.code))
          .find((c) => c.lon !== null && model.regions.children(c.code).length > 1)!;
        const built = build(county.code, 'exit_share');
        expect(built.title, county.name).toContain(county.name);
        const [, dots, villages] = seriesOf(built);
        const townships = model.regions.children(county.code).map((t) => t.code);
        expect(dots!.data.map((d) => d.adcode).sort(), county.name).toEqual([...townships].sort());
        const coloured = dots!.data.filter((d) => (d.value as unknown[])[2] !== null);
        expect(coloured.length, county.name).toBeGreaterThan(0);
        expect(villages!.data.length, county.name).toBeGreaterThan(0);
        const svg = draw(built);
        expect(svg, county.name).toContain(model.region(townships[0]!)!.name);
      }
    },
  );
});
