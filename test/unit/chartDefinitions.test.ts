import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GraphicComponent,
  GridSimpleComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  VisualMapComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import type { EChartsModule } from '../../src/charts/chartTypes';
import { CHART_LIST } from '../../src/charts/registry';
import { VIEW_CHARTS } from '../../src/view/viewCharts';
import { seedModel } from '../helpers/seedModel';

type Obj = Record<string, unknown>;
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v : v ? [v] : []) as Obj[];

/** The module an option's component needs; aria, tooltip and text styles are shared by all. */
const COMPONENTS: Record<string, EChartsModule> = {
  grid: GridSimpleComponent,
  legend: LegendComponent,
  title: TitleComponent,
  graphic: GraphicComponent,
  geo: GeoComponent,
  visualMap: VisualMapComponent,
};
const SERIES: Record<string, EChartsModule> = {
  bar: BarChart,
  line: LineChart,
  map: MapChart,
  scatter: ScatterChart,
};
const SHARED = new Set(['aria', 'tooltip', 'textStyle', 'color', 'backgroundColor', 'animation']);

/** Every module the option uses. */
function modulesOf(option: Obj): Set<EChartsModule> {
  const used = new Set<EChartsModule>();
  for (const [key, value] of Object.entries(option)) {
    if (value === undefined || SHARED.has(key) || key === 'series' || /Axis$/.test(key)) continue;
    const module = COMPONENTS[key];
    if (!module) throw new Error(`no module known for the option's ${key}`);
    used.add(module);
  }
  for (const s of list(option.series)) {
    const module = SERIES[String(s.type)];
    if (!module) throw new Error(`no module known for series type ${String(s.type)}`);
    used.add(module);
    if (s.markLine) used.add(MarkLineComponent);
    if (s.markPoint) used.add(MarkPointComponent);
    if (s.labelLayout) used.add(LabelLayout);
  }
  return used;
}

const model = await seedModel();
const REGIONS = ['421202', '510802', '430600', '430372', '421200', '000000', '420000', '421223'];

describe('chart definitions', () => {
  it.each(CHART_LIST.map((c) => [c.id, c] as const))(
    '%s declares every ECharts module its options use',
    async (_, def) => {
      const declared = new Set<EChartsModule>(await def.echartsModules());
      let drawn = 0;
      for (const region of REGIONS)
        for (const lang of ['zh', 'en'] as const)
          for (const width of [340, 1000]) {
            const ctx = chartContext({ region, year: model.defaultYear(region), lang, width });
            const option = def.build(model, ctx).option as Obj | null;
            if (!option) continue;
            drawn++;
            for (const m of modulesOf(option)) expect(declared.has(m)).toBe(true);
          }
      expect(drawn).toBeGreaterThan(0);
    },
  );

  it('ranks the wall fillers each in a place of its own', () => {
    const ranks = CHART_LIST.flatMap((c) => (c.wallRank === null ? [] : [c.wallRank]));
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it('shows every chart in some view, and the views list them in the registry order', () => {
    for (const c of CHART_LIST) expect(c.views.length).toBeGreaterThan(0);
    expect(VIEW_CHARTS).toEqual({
      overview: ['map'],
      timeline: ['exit-timeline', 'milestones'],
      targets: ['targets'],
      funds: ['funds-source', 'funds-use'],
      infrastructure: ['infrastructure'],
      assistance: ['assistance'],
      people: ['causes', 'headcount'],
      sources: [],
    });
  });

  it('gives the map, the one chart drawn for one metric and year, its controls and drill-down', () => {
    for (const c of CHART_LIST) {
      const one = c.id === 'map';
      expect(c.controls).toEqual({ metric: one, year: one });
      expect(c.drillsDown).toBe(one);
    }
  });
});
