import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltChart } from '../../src/charts/chartTypes';
import { getChart } from '../../src/charts/registry';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset } from '../../src/data/readDataset';
import { list, type Obj } from '../../src/charts/legendLayout';
import { exportMeta } from '../../src/export/exportMeta';
import { chartSvg, ssrSvg } from '../../src/export/renderSvg';
import { DashboardModel } from '../../src/model/dashboardModel';
import { testContext } from '../helpers/dataset';

let bundled: DashboardModel;
beforeAll(async () => {
  bundled = new DashboardModel(await readDataset(fsReader('public/data')));
});

const build = (id: 'funds-source' | 'targets', region: string, lang: 'zh' | 'en', width = 800) =>
  getChart(id).build(bundled, testContext({ region, lang, width, year: bundled.latestYear }));

const optionOf = (b: BuiltChart) => b.option as Obj;
const seriesNames = (b: BuiltChart) => [...new Set(list(optionOf(b).series).map((s) => s.name))];
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'");

/** Every text of an SSR SVG with its vertical centre (texts are drawn centred on `y`). */
function texts(svg: string): Array<{ text: string; y: number }> {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, attrs, text]) => {
    const dy = Number(/ y="([-\d.]+)"/.exec(attrs!)?.[1] ?? 0);
    const ty = Number(/translate\([-\d.]+ ([-\d.]+)\)/.exec(attrs!)?.[1] ?? 0);
    return { text: unescape(text!), y: ty + dy };
  });
}

/** Legend entries drawn, no pager, the last legend row above the first panel's title. */
function expectWholeLegend(built: BuiltChart, svg: string) {
  const names = seriesNames(built);
  const drawn = texts(svg);
  for (const name of names) expect(drawn.map((t) => t.text)).toContain(name);
  expect(drawn.filter((t) => /^\d+\/\d+$/.test(t.text))).toEqual([]);
  const legendBottom = Math.max(...drawn.filter((t) => names.includes(t.text)).map((t) => t.y));
  const panelTitle = (list(optionOf(built).graphic)[0]!.style as Obj).text as string;
  const panelTop = drawn.find((t) => t.text === panelTitle)!.y;
  expect(legendBottom + 6).toBeLessThan(panelTop - 6);
}

describe('legends on paper', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`funds-source 430600 (${lang}) lays out every legend entry in rows above the panels`, () => {
      const built = build('funds-source', '430600', lang);
      expect((optionOf(built).legend as Obj).type).toBe('plain');
      expect(seriesNames(built).length).toBeGreaterThan(10);
      expectWholeLegend(built, ssrSvg(built.option!, 800, built.height));
    });

  it("is what the SVG export and the CLI draw, at the chart's own height", () => {
    const built = build('funds-source', '430600', 'zh');
    const svg = chartSvg(built, exportMeta(bundled, built, 'zh'), {
      width: 800,
      theme: 'light',
      background: 'solid',
    });
    expect(svg).toMatch(new RegExp(`<svg x="0" y="\\d+" width="800" height="${built.height}"`));
    const drawn = texts(svg).map((t) => t.text);
    for (const name of seriesNames(built)) expect(drawn).toContain(name);
    expect(drawn.filter((t) => /^\d+\/\d+$/.test(t))).toEqual([]);
  });
});
