import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltChart } from '../../src/charts/chartTypes';
import { readDataset } from '../../src/data/readDataset';
import {
  buildReport,
  quoteCounts,
  REPORT_CHART_WIDTH,
  reportCharts,
} from '../../src/export/report';
import { DashboardModel } from '../../src/model/dashboardModel';
import { TEST_MANIFEST, testContext, testModel } from '../helpers/dataset';

// A 1×1 PNG: these tests check the deck's structure; the browser test checks real images.
const DOT =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let bundled: DashboardModel;
beforeAll(async () => {
  bundled = new DashboardModel(
    await readDataset(async (f) => {
      try {
        return new Uint8Array(await readFile(join('public/data', f)));
      } catch {
        return null;
      }
    }),
  );
});

async function deck(model: DashboardModel, region: string, lang: 'zh' | 'en' = 'zh') {
  const rendered: Array<[BuiltChart, number]> = [];
  const pptx = await buildReport({
    model,
    region,
    ctx: testContext({ region, lang, year: model.latestYear }),
    png: async (built, width) => {
      rendered.push([built, width]);
      return DOT;
    },
  });
  const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const xml = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  const text = xml.map((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''));
  return { rendered, xml, text };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('region report (PPTX)', () => {
  it('has a title slide, one slide per chart with data, and a sources slide', async () => {
    const charts = reportCharts(bundled, '421202', testContext({ year: bundled.latestYear }));
    expect(charts.length).toBeGreaterThan(3);
    const { rendered, text } = await deck(bundled, '421202');
    expect(text).toHaveLength(charts.length + 2);
    expect(rendered.map(([b]) => b.title)).toEqual(charts.map((c) => c.title));
    for (const [, width] of rendered) expect(width).toBe(REPORT_CHART_WIDTH);
    charts.forEach((c, i) => expect(unescape(text[i + 1]!)).toContain(c.title));
  });

  it('opens with the region, dataset and as-of date', async () => {
    const { text } = await deck(bundled, '421202');
    const first = unescape(text[0]!);
    expect(first).toContain('湖北省 · 咸宁市 · 咸安区');
    expect(first).toContain('咸安区精准扶贫数据报告');
    expect(first).toContain('数据截至2021年2月25日');
    expect(first).toContain(bundled.manifest!.name_zh);
    expect(first).not.toContain('合成数据');
  });

  it('gives every chart slide its source documents by title and lists its flags', async () => {
    const charts = reportCharts(bundled, '421202', testContext({ year: bundled.latestYear }));
    const titles = new Map(bundled.manifest!.sources.map((s) => [s.file, s.title]));
    const { text } = await deck(bundled, '421202');
    charts.forEach((c, i) => {
      const slide = unescape(text[i + 1]!);
      for (const f of c.sourceFiles) expect(slide).toContain(titles.get(f) ?? f);
      if (c.flags.length > 0) expect(slide).toContain(`⚠`);
      if (c.flags.length > 4) expect(slide).toContain(`另有 ${c.flags.length - 4} 项数据质量提示`);
    });
  });

  it('ends with every cited document and its quote count', async () => {
    const charts = reportCharts(bundled, '421202', testContext({ year: bundled.latestYear }));
    const counts = quoteCounts(charts);
    const { text } = await deck(bundled, '421202');
    const last = unescape(text.at(-1)!);
    expect(last).toContain('本报告引用的来源文件');
    for (const [file, n] of counts) {
      const doc = bundled.manifest!.sources.find((s) => s.file === file)!;
      expect(last).toContain(doc.title);
      expect(last).toMatch(new RegExp(`${file.replace('.', '\\.')}${n}(?!\\d)`));
    }
  });

  it('sets the East Asian font and Chinese language on the text runs', async () => {
    const { xml } = await deck(bundled, '421202');
    for (const slide of xml) {
      expect(slide).toContain('<a:ea typeface="Microsoft YaHei"');
      expect(slide).toContain('lang="zh-CN"');
    }
  });

  it('labels a synthetic dataset on every slide', async () => {
    const model = testModel({
      'manifest.json': TEST_MANIFEST.replace('"synthetic":false', '"synthetic":true'),
      'village_exits.csv': `id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note
v1,421202102238,桂花镇,421202,2016,,planned,doc.txt,q,,`,
    });
    const { text } = await deck(model, '421202');
    expect(text.length).toBeGreaterThanOrEqual(3);
    for (const slide of text.slice(0, -1))
      expect(slide).toContain('合成数据，仅供规模测试，并非真实数字');
  });

  it('is in English when asked', async () => {
    const { text, xml } = await deck(bundled, '421202', 'en');
    expect(unescape(text[0]!)).toContain("Xian'an District: poverty-alleviation data report");
    expect(text.at(-1)).toContain('Source documents cited in this report');
    expect(xml[0]).toContain('lang="en-US"');
  });
});

describe('quoteCounts', () => {
  it('counts distinct quotes per file across the drawn tables', () => {
    const chart = (rows: Array<Record<string, string>>) =>
      ({ table: { columns: [], rows }, sourceFiles: ['c.txt'] }) as unknown as BuiltChart;
    const counts = quoteCounts([
      chart([
        { source: 'q1', source_file: 'a.txt' },
        { source: 'q1', source_file: 'a.txt' },
        { source: 'q2', source_file: 'a.txt; b.txt' },
      ]),
      chart([{ source: 'q3', source_file: 'b.txt' }]),
    ]);
    expect(Object.fromEntries(counts)).toEqual({ 'a.txt': 2, 'b.txt': 2, 'c.txt': 0 });
  });
});
