import PptxGenJS from 'pptxgenjs';
import type { BuiltChart, ChartContext } from '../charts/chartTypes';
import { CHARTS } from '../charts/registry';
import type { Lang } from '../i18n/format';
import { FLAG_LABELS } from '../i18n/labels';
import { pick } from '../i18n/pick';
import type { DashboardModel } from '../model/dashboardModel';
import { datasetLine, sourceLine, sourceTitles, syntheticLabel } from './exportMeta';

/** The bare chart (the slide carries title and sources as text) as a PNG data URL at 2×. */
export type ChartPngRenderer = (built: BuiltChart, width: number) => Promise<string>;

export interface ReportInput {
  model: DashboardModel;
  region: string;
  ctx: ChartContext;
  png: ChartPngRenderer;
}

/** Charts are built at this width for slides; the image is scaled into the slide's box. */
export const REPORT_CHART_WIDTH = 960;
/** PowerPoint and WPS on Chinese Windows have it; `fontFace` sets the East Asian face too. */
const FONT = 'Microsoft YaHei';
const SLIDE = { w: 10, h: 5.625 };
const MARGIN = 0.4;
const FLAGS_SHOWN = 4;
const TEXT = '1A1A1A';
const MUTED = '555555';
const WARN = 'D55E00';

const textOptions = (lang: Lang) => ({
  fontFace: FONT,
  lang: lang === 'zh' ? 'zh-CN' : 'en-US',
  color: TEXT,
  margin: 0,
});

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The charts of the region that have data, built for a white slide. */
export function reportCharts(
  model: DashboardModel,
  region: string,
  ctx: ChartContext,
): BuiltChart[] {
  const c: ChartContext = {
    ...ctx,
    region,
    theme: 'light',
    animation: false,
    width: REPORT_CHART_WIDTH,
  };
  return Object.values(CHARTS)
    .map((def) => def.build(model, c))
    .filter((b) => b.option !== null);
}

/** Distinct quotes per source file across the drawn tables: how much each document is relied on. */
export function quoteCounts(charts: readonly BuiltChart[]): Map<string, number> {
  const quotes = new Map<string, Set<string>>();
  for (const b of charts)
    for (const row of b.table.rows)
      for (const file of String(row.source_file ?? '')
        .split(/;\s*/)
        .filter(Boolean)) {
        let set = quotes.get(file);
        if (!set) quotes.set(file, (set = new Set()));
        set.add(String(row.source ?? ''));
      }
  for (const b of charts)
    for (const file of b.sourceFiles) if (!quotes.has(file)) quotes.set(file, new Set());
  return new Map([...quotes].map(([file, set]) => [file, set.size]));
}

function titleSlide(
  pptx: PptxGenJS,
  model: DashboardModel,
  region: string,
  ctx: ChartContext,
  charts: number,
) {
  const { lang } = ctx;
  const t = textOptions(lang);
  const slide = pptx.addSlide();
  const path = model.regions.path(region).filter((r) => r.level !== 'nation');
  const nameOf = (r: { name: string; nameEn: string }) =>
    lang === 'en' && r.nameEn ? r.nameEn : r.name;
  const here = model.region(region);
  slide.addText(path.map(nameOf).join(' · '), {
    ...t,
    x: MARGIN,
    y: 1.0,
    w: SLIDE.w - 2 * MARGIN,
    h: 0.4,
    fontSize: 14,
    color: MUTED,
  });
  slide.addText(
    `${here ? nameOf(here) : region}${pick(lang, '精准扶贫数据报告', ': poverty-alleviation data report')}`,
    {
      ...t,
      x: MARGIN,
      y: 1.4,
      w: SLIDE.w - 2 * MARGIN,
      h: 1.0,
      fontSize: 30,
      bold: true,
    },
  );
  slide.addText(datasetLine(model, lang), {
    ...t,
    x: MARGIN,
    y: 2.5,
    w: SLIDE.w - 2 * MARGIN,
    h: 0.7,
    fontSize: 14,
    valign: 'top',
  });
  slide.addText(
    pick(
      lang,
      `共 ${charts} 张图表 · 生成于 ${ctx.now}`,
      `${charts} chart(s) · generated ${ctx.now}`,
    ),
    {
      ...t,
      x: MARGIN,
      y: 3.2,
      w: SLIDE.w - 2 * MARGIN,
      h: 0.4,
      fontSize: 12,
      color: MUTED,
    },
  );
  if (model.synthetic)
    slide.addText(syntheticLabel(lang), {
      ...t,
      x: MARGIN,
      y: 3.8,
      w: SLIDE.w - 2 * MARGIN,
      h: 0.5,
      fontSize: 16,
      bold: true,
      color: WARN,
    });
}

function flagLines(built: BuiltChart, lang: Lang): string[] {
  const lines = built.flags
    .slice(0, FLAGS_SHOWN)
    .map((f) => `⚠ ${FLAG_LABELS[f.flag][lang]}：「${clip(f.quote, 60)}」${clip(f.note, 80)}`);
  const more = built.flags.length - FLAGS_SHOWN;
  if (more > 0)
    lines.push(
      pick(
        lang,
        `另有 ${more} 项数据质量提示，见数据表（CSV）。`,
        `${more} more data-quality flag(s): see the data table (CSV).`,
      ),
    );
  return lines;
}

/** Taller than this, a chart sits left of its notes; wider ones sit above them. */
const TALL = 0.55;

function chartSlide(
  pptx: PptxGenJS,
  built: BuiltChart,
  image: string,
  titles: ReadonlyMap<string, string>,
  model: DashboardModel,
  lang: Lang,
) {
  const t = textOptions(lang);
  const slide = pptx.addSlide();
  slide.addText(built.title, {
    ...t,
    x: MARGIN,
    y: 0.2,
    w: SLIDE.w - 2 * MARGIN,
    h: 0.5,
    fontSize: 20,
    bold: true,
  });
  const flags = flagLines(built, lang);
  const notes = [
    {
      text: sourceLine(built, titles, lang),
      options: { fontSize: 9, breakLine: true, paraSpaceAfter: 4 },
    },
    ...flags.map((f) => ({ text: f, options: { fontSize: 8, breakLine: true } })),
  ];
  const top = 0.8;
  const bottom = SLIDE.h - 0.2 - (model.synthetic ? 0.3 : 0);
  const aspect = built.height / REPORT_CHART_WIDTH;
  const alt = { altText: built.description };
  if (aspect > TALL) {
    const w = Math.min((bottom - top) / aspect, SLIDE.w * 0.6);
    slide.addImage({ data: image, x: MARGIN, y: top, w, h: w * aspect, ...alt });
    const x = MARGIN + w + 0.25;
    slide.addText(notes, {
      ...t,
      x,
      y: top,
      w: SLIDE.w - MARGIN - x,
      h: bottom - top,
      color: MUTED,
      valign: 'top',
      fit: 'shrink',
    });
  } else {
    const notesHeight = 0.35 + flags.length * 0.2;
    const box = { w: SLIDE.w - 2 * MARGIN, h: bottom - top - notesHeight - 0.1 };
    const size =
      box.w * aspect <= box.h ? { w: box.w, h: box.w * aspect } : { w: box.h / aspect, h: box.h };
    slide.addImage({ data: image, x: MARGIN + (box.w - size.w) / 2, y: top, ...size, ...alt });
    const y = top + size.h + 0.1;
    slide.addText(notes, {
      ...t,
      x: MARGIN,
      y,
      w: box.w,
      h: bottom - y,
      color: MUTED,
      valign: 'top',
      fit: 'shrink',
    });
  }
  if (model.synthetic)
    slide.addText(syntheticLabel(lang), {
      ...t,
      x: MARGIN,
      y: bottom + 0.05,
      w: SLIDE.w - 2 * MARGIN,
      h: 0.25,
      fontSize: 9,
      bold: true,
      color: WARN,
    });
}

function sourcesSlide(
  pptx: PptxGenJS,
  model: DashboardModel,
  charts: readonly BuiltChart[],
  lang: Lang,
) {
  const t = textOptions(lang);
  const slide = pptx.addSlide();
  slide.addText(pick(lang, '本报告引用的来源文件', 'Source documents cited in this report'), {
    ...t,
    x: MARGIN,
    y: 0.2,
    w: SLIDE.w - 2 * MARGIN,
    h: 0.5,
    fontSize: 20,
    bold: true,
  });
  const docs = new Map((model.manifest?.sources ?? []).map((s) => [s.file, s]));
  const head = [
    pick(lang, '标题', 'Title'),
    pick(lang, '发布者', 'Publisher'),
    pick(lang, '日期', 'Date'),
    pick(lang, '文件', 'File'),
    pick(lang, '引文数', 'Quotes'),
  ];
  const rows = [...quoteCounts(charts)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, n]) => {
      const d = docs.get(file);
      return [d?.title ?? file, d?.publisher ?? '', d?.date ?? '', file, String(n)];
    });
  const cell = (text: string, bold = false) => ({
    text,
    options: { ...t, bold, fontSize: 9, margin: 0.05 },
  });
  slide.addTable([head.map((h) => cell(h, true)), ...rows.map((r) => r.map((c) => cell(c)))], {
    x: MARGIN,
    y: 0.85,
    w: SLIDE.w - 2 * MARGIN,
    colW: [3.6, 1.8, 1.1, 1.9, 0.8],
    border: { type: 'solid', pt: 0.5, color: 'BBBBBB' },
    autoPage: true,
    autoPageRepeatHeader: true,
  });
}

/** The region's report deck: a title slide, one slide per chart with data, and the sources. */
export async function buildReport({ model, region, ctx, png }: ReportInput): Promise<PptxGenJS> {
  const { lang } = ctx;
  const charts = reportCharts(model, region, ctx);
  const titles = sourceTitles(model);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.title = `${model.region(region)?.name ?? region} ${pick(lang, '精准扶贫数据报告', 'poverty-alleviation report')}`;
  titleSlide(pptx, model, region, ctx, charts.length);
  for (const built of charts)
    chartSlide(pptx, built, await png(built, REPORT_CHART_WIDTH), titles, model, lang);
  sourcesSlide(pptx, model, charts, lang);
  return pptx;
}
