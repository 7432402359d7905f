import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltChart } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { readDataset } from '../../src/data/readDataset';
import { list, type Obj } from '../../src/charts/legendLayout';
import {
  buildReport,
  chartBoxes,
  quoteCounts,
  READABLE_SCALE,
  REPORT_CHART_WIDTH,
  reportPages,
} from '../../src/export/report';
import { partText } from '../../src/i18n/figureNotes';
import { formatPeriod, formatValue } from '../../src/i18n/format';
import { HEADLINE_LABELS } from '../../src/i18n/headlineLabels';
import { sourceName } from '../../src/i18n/sourceName';
import { headlineFigures } from '../../src/model/headline';
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
    generated: '2026-11-23',
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
  // Each slide's pictures, in inches.
  const pictures = xml.map((x) =>
    [
      ...x.matchAll(/<p:pic>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"/g),
    ].map((m) => {
      const [x, y, w, h] = m.slice(1).map((v) => Number(v) / EMU);
      return { x: x!, y: y!, w: w!, h: h! };
    }),
  );
  return { rendered, xml, text, pictures };
}

const EMU = 914400;
const SLIDE = { w: 10, h: 5.625 };

/** The charts of a region with the slides each takes. */
function pagesOf(model: DashboardModel, region: string) {
  const ctx = testContext({ region, year: model.latestYear });
  // Each chart whole, as a file at the slides' width, beside the pages the report gives it.
  const whole = { ...ctx, medium: 'file' as const, width: REPORT_CHART_WIDTH };
  const charts = Object.values(CHARTS)
    .map((def) => def.build(model, whole))
    .filter((b) => b.option !== null);
  return reportPages(model, region, ctx, model.synthetic).map((pages, i) => ({
    chart: charts[i]!,
    pages,
  }));
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('region report (PPTX)', () => {
  it('has a title slide, a slide per chart with data (more for a tall one), and a sources slide', async () => {
    const charts = pagesOf(bundled, '421202');
    expect(charts.length).toBeGreaterThan(3);
    const titles = charts.flatMap(({ chart, pages }) =>
      pages.map((_, i) => (i === 0 ? chart.title : `${chart.title}（续）`)),
    );
    const { rendered, text } = await deck(bundled, '421202');
    expect(text).toHaveLength(titles.length + 2);
    expect(rendered.map(([b]) => b.title)).toEqual(
      charts.flatMap(({ chart, pages }) => pages.map(() => chart.title)),
    );
    for (const [, width] of rendered) expect(width).toBe(REPORT_CHART_WIDTH);
    titles.forEach((title, i) => {
      const slide = unescape(text[i + 1]!);
      expect(slide.startsWith(title)).toBe(true);
      if (!title.endsWith('（续）')) expect(slide.startsWith(`${title}（续）`)).toBe(false);
    });
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

  it('opens with the headline figures, their years, what they cover and their sources', async () => {
    const { text } = await deck(bundled, '000000');
    const first = unescape(text[0]!);
    const year = bundled.latestYear;
    const figures = headlineFigures(bundled, '000000', year).filter((f) => f.value !== null);
    expect(figures.length).toBeGreaterThanOrEqual(4);
    for (const f of figures) {
      const v = f.value!;
      expect(first).toContain(HEADLINE_LABELS[f.key].zh);
      expect(first).toContain(formatValue(v.value, v.unit, 'zh', v.qualifier, v.valueMax));
      if (f.period) expect(first).toContain(formatPeriod(f.period, 'zh'));
      expect(first).toContain(sourceName(bundled.manifest, f.sources[0]!.sourceFile, 'zh'));
    }
    // The nation's poor population at the end is the cited series, named as a citation.
    expect(first).toContain('人民日报 2020-01-25 第1版');
    expect(first).toContain('数据截至2021年2月25日');
    expect(first).toContain('以上指标均覆盖中国全部范围');
  });

  it('names a part as a part on the front page', async () => {
    const { text } = await deck(bundled, '421200');
    const first = unescape(text[0]!);
    const parts = headlineFigures(bundled, '421200', bundled.latestYear).flatMap((f) =>
      f.value ? [partText(f.coverage, 'zh')] : [],
    );
    for (const p of parts.filter(Boolean)) expect(first).toContain(p);
  });

  it('gives the front page in English', async () => {
    const { text } = await deck(bundled, '000000', 'en');
    expect(unescape(text[0]!)).toContain("Source: People's Daily, 2020-01-25, p. 1");
  });

  it('gives every chart slide its source documents by title and lists its flags', async () => {
    const charts = pagesOf(bundled, '421202').flatMap(({ chart, pages }) => pages.map(() => chart));
    const { text } = await deck(bundled, '421202');
    charts.forEach((c, i) => {
      const slide = unescape(text[i + 1]!);
      for (const f of c.sourceFiles) expect(slide).toContain(sourceName(bundled.manifest, f, 'zh'));
      if (c.flags.length > 0) expect(slide).toContain(`⚠`);
      if (c.flags.length > 4) expect(slide).toContain(`另有 ${c.flags.length - 4} 项数据质量提示`);
    });
  });

  it('ends with every cited document or citation and its quote count', async () => {
    const charts = reportPages(
      bundled,
      '421202',
      testContext({ year: bundled.latestYear }),
      false,
    ).map((pages) => pages[0]!);
    const counts = quoteCounts(charts);
    const { text } = await deck(bundled, '421202');
    const last = unescape(text.at(-1)!);
    expect(last).toContain('本报告引用的来源文件');
    for (const [file, n] of counts) {
      const doc = bundled.manifest!.sources.find((s) => s.file === file)!;
      expect(last).toContain(doc.title);
      // A citation is opened at its URL: the table gives the link instead of a file name.
      const where = doc.kind === 'citation' ? doc.url : file;
      const escaped = where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(last).toMatch(new RegExp(`${escaped}${n}(?!\\d)`));
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

describe('tall charts on slides', () => {
  const noteLines = (flags: number) => Math.min(flags, 4) + (flags > 4 ? 1 : 0);

  for (const [region, title] of [
    ['421202', '咸安区 · 目标完成情况'],
    ['510802', '利州区 · 目标完成情况'],
  ] as const)
    it(`puts ${title} on continuation slides, each picture readable and as large as the slide allows`, async () => {
      const chart = pagesOf(bundled, region).find((c) => c.chart.title === title)!.chart;
      const box = chartBoxes(noteLines(chart.flags.length), false).below;
      const { text, pictures } = await deck(bundled, region);
      const slides = text
        .map((t, i) => ({ title: unescape(t), pictures: pictures[i]! }))
        .filter((s) => s.title.startsWith(title));
      expect(slides.length).toBeGreaterThan(1);
      expect(slides[0]!.title.startsWith(`${title}（续）`)).toBe(false);
      for (const s of slides.slice(1)) expect(s.title.startsWith(`${title}（续）`)).toBe(true);
      for (const {
        pictures: [pic, ...more],
      } of slides) {
        expect(more).toEqual([]);
        // Its 12 px text prints at 9 pt × scale; the chart was built REPORT_CHART_WIDTH px wide.
        expect((pic!.w * 96) / REPORT_CHART_WIDTH).toBeGreaterThanOrEqual(READABLE_SCALE - 1e-3);
        // Fitted: as wide as the free area, or as tall, and inside the slide.
        expect(Math.max(pic!.w / box.w, pic!.h / box.h)).toBeCloseTo(1, 2);
        expect(pic!.x + pic!.w).toBeLessThanOrEqual(SLIDE.w);
        expect(pic!.y + pic!.h).toBeLessThanOrEqual(SLIDE.h);
      }
    });

  it('says (cont.) in English', async () => {
    const titles = (await deck(bundled, '421202', 'en')).text.map(unescape);
    const cont = titles.filter((t) => t.includes(' (cont.)'));
    expect(cont.length).toBeGreaterThan(0);
    // Each continuation follows a first slide of the same title, without the mark.
    for (const t of cont) {
      const title = t.slice(0, t.indexOf(' (cont.)'));
      expect(titles.some((o) => o.startsWith(title) && !o.startsWith(`${title} (cont.)`))).toBe(
        true,
      );
    }
  });

  it('shows every row of every panel exactly once across the parts', () => {
    for (const region of ['430600', '421202']) {
      for (const { chart, pages } of pagesOf(bundled, region)) {
        const option = chart.option as Obj;
        // Every category drawn (a panel's row, a target's name, a listed target's id): a page
        // draws a window of an axis (min…max) or the slice of its rows it holds.
        const seen = (o: Obj) =>
          list(o.yAxis).flatMap((a) => {
            if (!Array.isArray(a.data)) return [];
            const first = typeof a.min === 'number' ? a.min : 0;
            const last = typeof a.max === 'number' ? a.max : a.data.length - 1;
            return (a.data as unknown[]).slice(first, last + 1);
          });
        expect(pages.flatMap((p) => seen(p.option as Obj)).sort()).toEqual(seen(option).sort());
        const series = (o: Obj) => list(o.series).length;
        expect(pages.reduce((n, p) => n + series(p.option as Obj), 0)).toBeGreaterThanOrEqual(
          series(option),
        );
      }
    }
  });

  it('keeps a chart that reads well on one slide whole', async () => {
    const timeline = pagesOf(bundled, '421202').find((c) => c.chart.title.includes('出列进度'))!;
    expect(timeline.pages).toHaveLength(1);
    const { pictures, text } = await deck(bundled, '421202');
    const i = text.findIndex((t) => unescape(t).startsWith(timeline.chart.title));
    expect(pictures[i]![0]!.w).toBeCloseTo(SLIDE.w - 0.8, 2);
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
