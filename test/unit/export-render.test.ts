import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../src/charts/theme';
import exitTimelineChart from '../../src/charts/exit-timeline';
import { exportMeta } from '../../src/export/exportMeta';
import { textWidth, wrapText } from '../../src/charts/textFit';
import { exportFrame, layoutFrame } from '../../src/export/frame';
import { findCjkFonts, svgToPng } from '../../src/export/rasterise';
import { chartSvg } from '../../src/export/renderSvg';
import { TEST_MANIFEST, TEST_REGIONS, testContext, testModel } from '../helpers/dataset';

const EXITS = `id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note
v1,421202102238,桂花镇,421202,2016,2016-12,exited,doc.txt,2016年河背村出列,,
v2,421202102239,桂花镇,421202,2017,,planned,doc.txt,2017年刘家桥村出列,doubtful,看不清`;

const model = (extra: Record<string, string> = {}) =>
  testModel({ 'village_exits.csv': EXITS, ...extra });
const render = { width: 800, theme: 'light' as const, background: 'solid' as const };

function svgFor(lang: 'zh' | 'en' = 'zh', extra: Record<string, string> = {}, height?: number) {
  const m = model(extra);
  const built = exitTimelineChart.build(m, testContext({ lang }));
  return { built, svg: chartSvg(built, exportMeta(m, built, lang), { ...render, height }) };
}

/** Every start tag has well-formed attributes: what a browser or rasteriser needs to open it. */
const malformedTags = (svg: string) =>
  (svg.match(/<[a-zA-Z][^>]*>/g) ?? []).filter(
    (tag) => !/^<[\w:-]+(\s+[\w:-]+="[^"]*")*\s*\/?>$/.test(tag),
  );

describe('wrapText', () => {
  it('breaks Chinese between any characters and keeps every line within the width', () => {
    const text =
      '聚力扶贫攻坚 建设小康咸安——咸安区推进精准扶贫工作纪实；精准扶贫（岳阳市2016年年鉴条目）';
    const lines = wrapText(text, 12, 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(200);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('breaks English between words, and cuts only a word longer than the line', () => {
    expect(wrapText('Poor-village exits by year in Xianning', 12, 120)).toEqual([
      'Poor-village',
      'exits by year in',
      'Xianning',
    ]);
    const long = wrapText('000_c375c8cd05350800000000000000.txt', 10, 60);
    expect(long.length).toBeGreaterThan(1);
    expect(long.join('')).toBe('000_c375c8cd05350800000000000000.txt');
  });
});

describe('export frame', () => {
  const meta = {
    title: '咸安区 · 贫困村出列进度',
    subtitle: '数据截至2021年2月25日',
    warning: null,
    footer: ['来源：文件'],
  };

  it('puts title and subtitle above the chart and the sources below it', () => {
    const f = layoutFrame(meta, 800, 300);
    const [title, subtitle, source] = f.lines;
    expect(title!.y).toBeLessThan(subtitle!.y);
    expect(subtitle!.y).toBeLessThan(f.chartTop);
    expect(source!.y).toBeGreaterThanOrEqual(f.chartTop + 300);
    expect(f.height).toBeGreaterThan(source!.y + source!.size);
  });

  it('grows with wrapped lines on a narrow image', () => {
    const wide = layoutFrame(
      { ...meta, footer: ['来源：' + '很长的文件标题'.repeat(12)] },
      1200,
      300,
    );
    const narrow = layoutFrame(
      { ...meta, footer: ['来源：' + '很长的文件标题'.repeat(12)] },
      400,
      300,
    );
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('fits the chart into a requested total height, and refuses one too small to read', () => {
    const f = exportFrame(meta, 800, 360, 700);
    expect(f.height).toBe(700);
    expect(f.chartHeight).toBe(700 - layoutFrame(meta, 800, 0).height);
    expect(() => exportFrame(meta, 800, 360, 150)).toThrow(RangeError);
    expect(exportFrame(null, 800, 360)).toMatchObject({
      height: 360,
      chartTop: 0,
      chartHeight: 360,
      lines: [],
    });
  });
});

describe('chartSvg', () => {
  it('keeps the Chinese title, dataset, as-of date and source as real text', () => {
    const { svg } = svgFor('zh');
    expect(svg).toMatch(/<text[^>]*>咸安区 · 贫困村出列进度<\/text>/);
    expect(svg).toMatch(/<text[^>]*>数据截至2021年2月25日 · 数据集：测试<\/text>/);
    expect(svg).toMatch(/<text[^>]*>来源：《t》，p<\/text>/);
    expect(svg).toMatch(/<text[^>]*>⚠ 1 项数据质量提示：存疑 1（详见数据表）<\/text>/);
    expect(svg).toContain('<title>咸安区 · 贫困村出列进度</title>');
    // The CJK stack, and attributes a browser or rasteriser can parse (a double-quoted family
    // name inside style="" would end the attribute).
    expect(svg).toContain(`font-family:${FONT_FAMILY}`);
    expect(malformedTags(svg)).toEqual([]);
  });

  it('nests the builder’s chart, untouched, below the title band', () => {
    const { svg, built } = svgFor('zh');
    const outer = /^<svg width="800" height="(\d+)"/.exec(svg);
    const inner = /<svg x="0" y="(\d+)" width="800" height="(\d+)"/.exec(svg);
    expect(outer).not.toBeNull();
    expect(Number(inner![2])).toBe(built.height);
    expect(Number(inner![1])).toBeGreaterThan(40);
    expect(Number(outer![1])).toBeGreaterThan(Number(inner![1]) + built.height);
    // The chart's own text (bar labels, axis names) is there as text too.
    expect(svg).toMatch(/<text[^>]*>村数<\/text>/);
  });

  it('is in English when asked', () => {
    const { svg } = svgFor('en');
    expect(svg).toMatch(/<text[^>]*>Xian&#39;an District · Poor-village exits by year<\/text>/);
    expect(svg).toMatch(/<text[^>]*>Data as of 25 Feb 2021 · Dataset: Test<\/text>/);
  });

  it('escapes a hostile region name instead of emitting markup', () => {
    const regions = TEST_REGIONS.replace(
      '421202,gb2260,咸安区',
      '421202,gb2260,<img src=x onerror=alert(1)>',
    );
    const { svg } = svgFor('zh', { 'regions.csv': regions });
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(malformedTags(svg)).toEqual([]);
  });

  it('carries the synthetic label when the dataset is synthetic', () => {
    const manifest = TEST_MANIFEST.replace('"synthetic":false', '"synthetic":true');
    expect(manifest).toContain('"synthetic":true');
    expect(svgFor('zh', { 'manifest.json': manifest }).svg).toContain(
      '合成数据，仅供规模测试，并非真实数字',
    );
    expect(svgFor('zh').svg).not.toContain('合成数据');
  });

  it('honours a requested total height', () => {
    expect(svgFor('zh', {}, 600).svg).toMatch(/^<svg width="800" height="600"/);
  });

  it('refuses a chart without data rather than drawing an empty one', () => {
    const m = testModel();
    const built = exitTimelineChart.build(m, testContext());
    expect(built.option).toBeNull();
    expect(() => chartSvg(built, exportMeta(m, built, 'zh'), render)).toThrow(/no data/);
  });
});

describe('svgToPng', () => {
  it('rasterises at the pixel ratio, with ink on the white background', () => {
    const { svg } = svgFor('zh', {}, 500);
    const png = decode(svgToPng(svg, 2, findCjkFonts()));
    expect([png.width, png.height]).toEqual([1600, 1000]);
    let ink = 0;
    for (let i = 0; i < png.data.length; i += png.channels) if (png.data[i]! < 128) ink++;
    expect(ink).toBeGreaterThan(2000);
  }, 30_000);
});
