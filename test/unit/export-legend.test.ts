import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltChart } from '../../src/charts/chartTypes';
import { getChart } from '../../src/charts/registry';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset } from '../../src/data/readDataset';
import { exportChart, legendRows, list, type Obj } from '../../src/export/exportChart';
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

/** The funds-source chart as it was built with a paging legend, which exports must unfold. */
const asScroll = (b: BuiltChart): BuiltChart => ({
  ...b,
  option: { ...optionOf(b), legend: { ...(optionOf(b).legend as Obj), type: 'scroll' } },
});

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

describe('exportChart: scroll legends on paper', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`funds-source 430600 (${lang}) lays out every legend entry in rows above the panels`, () => {
      const built = build('funds-source', '430600', lang);
      expect((optionOf(built).legend as Obj).type).toBe('plain');
      expect(seriesNames(built).length).toBeGreaterThan(10);
      expect(exportChart(built, 800)).toBe(built);
      expectWholeLegend(built, ssrSvg(built.option!, 800, built.height));
    });

  for (const lang of ['zh', 'en'] as const)
    it(`unfolds a scroll legend (funds-source 430600, ${lang}) above the panels`, () => {
      const built = asScroll(build('funds-source', '430600', lang));
      const shown = exportChart(built, 800);
      const legend = optionOf(shown).legend as Obj;
      expect(legend.type).toBe('plain');
      const names = seriesNames(built);
      const data = legend.data as Array<string | Obj>;
      expect(data.filter((d) => d !== '').map((d) => (d as Obj).name)).toEqual(names);

      // The image grows by the extra rows, and everything under the legend moves down with it.
      const rows = data.filter((d) => d === '').length + 1;
      expect(rows).toBeGreaterThan(1);
      const { pitch } = legendRows(optionOf(built), optionOf(built).legend as Obj, 800);
      expect(shown.height).toBe(built.height + (rows - 1) * pitch);
      const tops = (b: BuiltChart) => list(optionOf(b).grid).map((g) => g.top as number);
      expect(tops(shown)).toEqual(tops(built).map((t) => t + (rows - 1) * pitch));
      expectWholeLegend(shown, ssrSvg(shown.option!, 800, shown.height));
    });

  it('is what the SVG export and the CLI draw, in an image as much taller', () => {
    const built = asScroll(build('funds-source', '430600', 'zh'));
    const shown = exportChart(built, 800);
    const svg = chartSvg(built, exportMeta(bundled, built, 'zh'), {
      width: 800,
      theme: 'light',
      background: 'solid',
    });
    expect(svg).toContain(`<svg x="0" y="`);
    expect(svg).toMatch(new RegExp(`<svg x="0" y="\\d+" width="800" height="${shown.height}"`));
    const drawn = texts(svg).map((t) => t.text);
    for (const name of seriesNames(built)) expect(drawn).toContain(name);
    expect(drawn.filter((t) => /^\d+\/\d+$/.test(t))).toEqual([]);
  });

  it('leaves a chart without a scroll legend alone, and does nothing twice', () => {
    const targets = build('targets', '430600', 'zh');
    expect(exportChart(targets, 800)).toBe(targets);
    const once = exportChart(asScroll(build('funds-source', '430600', 'zh')), 800);
    expect(exportChart(once, 800)).toBe(once);
  });
});
