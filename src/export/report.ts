import PptxGenJS from 'pptxgenjs';
import type { BuiltChart, ChartContext } from '../charts/chartTypes';
import { CHARTS } from '../charts/registry';
import type { Lang } from '../i18n/format';
import { FLAG_LABELS } from '../i18n/labels';
import { pick } from '../i18n/pick';
import type { DashboardModel } from '../model/dashboardModel';
import { sourceEntry } from '../i18n/sourceName';
import { datasetLine, sourceLine, syntheticLabel } from './exportMeta';
import { addFrontSummary } from './reportFront';

/** The bare chart (the slide carries title and sources as text) as a PNG data URL at 2×. */
export type ChartPngRenderer = (built: BuiltChart, width: number) => Promise<string>;

export interface ReportInput {
  model: DashboardModel;
  region: string;
  ctx: ChartContext;
  /** YYYY-MM-DD: the day the deck is made, for its title slide (charts never read the clock). */
  generated: string;
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

/** A chart on a white slide: a file, drawn whole unless a slide's box makes it page. */
const reportContext = (ctx: ChartContext, region: string): ChartContext => ({
  ...ctx,
  region,
  theme: 'light',
  animation: false,
  medium: 'file',
  width: REPORT_CHART_WIDTH,
  height: null,
});

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

/**
 * The front page: the region, the dataset and its as-of date, then the region's headline
 * figures with their years, coverage and sources, so the deck opens with what it holds.
 */
function frontSlide(
  pptx: PptxGenJS,
  model: DashboardModel,
  region: string,
  ctx: ChartContext,
  charts: number,
  generated: string,
) {
  const { lang } = ctx;
  const t = textOptions(lang);
  const slide = pptx.addSlide();
  const path = model.regions.path(region).filter((r) => r.level !== 'nation');
  const nameOf = (r: { name: string; nameEn: string }) =>
    lang === 'en' && r.nameEn ? r.nameEn : r.name;
  const here = model.region(region);
  const w = SLIDE.w - 2 * MARGIN;
  slide.addText(path.map(nameOf).join(' · '), {
    ...t,
    x: MARGIN,
    y: 0.25,
    w,
    h: 0.3,
    fontSize: 12,
    color: MUTED,
  });
  slide.addText(
    `${here ? nameOf(here) : region}${pick(lang, '精准扶贫数据报告', ': poverty-alleviation data report')}`,
    { ...t, x: MARGIN, y: 0.55, w, h: 0.55, fontSize: 24, bold: true },
  );
  const made = pick(
    lang,
    `共 ${charts} 张图表 · 生成于 ${generated}`,
    `${charts} chart(s) · generated ${generated}`,
  );
  slide.addText(`${datasetLine(model, lang)} · ${made}`, {
    ...t,
    x: MARGIN,
    y: 1.12,
    w,
    h: 0.4,
    fontSize: 10,
    color: MUTED,
    valign: 'top',
  });
  let top = 1.6;
  if (model.synthetic) {
    slide.addText(syntheticLabel(lang), {
      ...t,
      x: MARGIN,
      y: top,
      w,
      h: 0.35,
      fontSize: 14,
      bold: true,
      color: WARN,
    });
    top += 0.4;
  }
  addFrontSummary(slide, model, region, ctx.year, lang, {
    x: MARGIN,
    y: top,
    w,
    h: SLIDE.h - top - 0.25,
    text: t,
    muted: MUTED,
    warn: WARN,
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

/** CSS px per inch: a chart built 960 px wide is 10 inches wide at its own size. */
const PX_PER_INCH = 96;
/**
 * The smallest a chart is shown at on a slide, as a share of its own size: its 12 px labels
 * print at 9 pt × 0.75 ≈ 6.75 pt, about the least a projected slide or a printed handout can
 * be read at. A chart that would come out smaller goes on as many slides as it takes.
 */
export const READABLE_SCALE = 0.75;
/** Title band above the chart, and what stays free at the slide's foot. */
const CHART_TOP = 0.8;
const FOOT = 0.2;
const SYNTHETIC_FOOT = 0.3;
/** Notes beside the chart leave it this share of the slide's width. */
const BESIDE_WIDTH = 0.6;
const GAP = 0.1;

interface Box {
  w: number;
  h: number;
}

type Placement = 'below' | 'beside';

/** Where a chart's picture may go, in inches: with its notes below it, or beside it. */
export function chartBoxes(noteLines: number, synthetic: boolean): Record<Placement, Box> {
  const top = CHART_TOP;
  const bottom = SLIDE.h - FOOT - (synthetic ? SYNTHETIC_FOOT : 0);
  const notesHeight = 0.35 + noteLines * 0.2;
  return {
    below: { w: SLIDE.w - 2 * MARGIN, h: bottom - top - notesHeight - GAP },
    beside: { w: SLIDE.w * BESIDE_WIDTH, h: bottom - top },
  };
}

export interface Fit {
  placement: Placement;
  /** Shown size over the chart's own size (CSS px at 96 per inch). */
  scale: number;
  w: number;
  h: number;
}

/** The chart as large as it goes into either box, aspect kept; notes below win a tie. */
export function fitChart(width: number, height: number, boxes: Record<Placement, Box>): Fit {
  const fits = (['below', 'beside'] as const).map((placement) => {
    const box = boxes[placement];
    const scale = Math.min((box.w * PX_PER_INCH) / width, (box.h * PX_PER_INCH) / height);
    return {
      placement,
      scale,
      w: (width / PX_PER_INCH) * scale,
      h: (height / PX_PER_INCH) * scale,
    };
  });
  return fits.reduce((a, b) => (b.scale > a.scale ? b : a));
}

/** How many flag lines flagLines() gives the chart's notes. */
const flagLineCount = (built: BuiltChart) =>
  Math.min(built.flags.length, FLAGS_SHOWN) + (built.flags.length > FLAGS_SHOWN ? 1 : 0);

/**
 * The pictures each chart with data takes in the report, one per slide, as exports draw them:
 * the chart whole when it is readable on one slide, or else the pages the chart draws itself
 * for a box no taller than a slide shows at READABLE_SCALE (at panels, or at rows of a long
 * list of bars). A chart that does not page stays whole, as large as the slide allows.
 */
export function reportPages(
  model: DashboardModel,
  region: string,
  ctx: ChartContext,
  synthetic: boolean,
): BuiltChart[][] {
  const c = reportContext(ctx, region);
  return Object.values(CHARTS).flatMap((def) => {
    const whole = def.build(model, c);
    if (!whole.option) return [];
    const boxes = chartBoxes(flagLineCount(whole), synthetic);
    if (fitChart(REPORT_CHART_WIDTH, whole.height, boxes).scale >= READABLE_SCALE) return [[whole]];
    const box = { ...c, height: Math.floor((boxes.below.h * PX_PER_INCH) / READABLE_SCALE) };
    const first = def.build(model, box);
    const rest = Array.from({ length: (first.pages ?? 1) - 1 }, (_, i) =>
      def.build(model, { ...box, page: i + 1 }),
    );
    return [[first, ...rest]];
  });
}

/** "（续）" after the first slide of a chart that takes several. */
const pageTitle = (title: string, page: number, lang: Lang) =>
  page === 0 ? title : `${title}${pick(lang, '（续）', ' (cont.)')}`;

/** A new slide with its title across the top, and the text options the rest of it uses. */
function titledSlide(pptx: PptxGenJS, title: string, lang: Lang) {
  const t = textOptions(lang);
  const slide = pptx.addSlide();
  slide.addText(title, {
    ...t,
    x: MARGIN,
    y: 0.2,
    w: SLIDE.w - 2 * MARGIN,
    h: 0.5,
    fontSize: 20,
    bold: true,
  });
  return { slide, t };
}

function chartSlide(
  pptx: PptxGenJS,
  built: BuiltChart,
  title: string,
  image: string,
  model: DashboardModel,
  lang: Lang,
) {
  const { slide, t } = titledSlide(pptx, title, lang);
  const flags = flagLines(built, lang);
  const notes = [
    {
      text: sourceLine(built, model.manifest, lang),
      options: { fontSize: 9, breakLine: true, paraSpaceAfter: 4 },
    },
    ...flags.map((f) => ({ text: f, options: { fontSize: 8, breakLine: true } })),
  ];
  const top = CHART_TOP;
  const bottom = SLIDE.h - FOOT - (model.synthetic ? SYNTHETIC_FOOT : 0);
  const boxes = chartBoxes(flags.length, model.synthetic);
  const fit = fitChart(REPORT_CHART_WIDTH, built.height, boxes);
  const alt = { altText: built.description };
  if (fit.placement === 'beside') {
    slide.addImage({ data: image, x: MARGIN, y: top, w: fit.w, h: fit.h, ...alt });
    const x = MARGIN + fit.w + 0.25;
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
    const box = boxes.below;
    slide.addImage({
      data: image,
      x: MARGIN + (box.w - fit.w) / 2,
      y: top,
      w: fit.w,
      h: fit.h,
      ...alt,
    });
    const y = top + fit.h + GAP;
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
  const { slide, t } = titledSlide(
    pptx,
    pick(lang, '本报告引用的来源文件', 'Source documents cited in this report'),
    lang,
  );
  const head = [
    pick(lang, '标题', 'Title'),
    pick(lang, '发布者', 'Publisher'),
    pick(lang, '日期', 'Date'),
    pick(lang, '文件或链接', 'File or link'),
    pick(lang, '引文数', 'Quotes'),
  ];
  const rows = [...quoteCounts(charts)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, n]) => {
      const d = sourceEntry(model.manifest, file);
      // A citation has no file here: the reader opens it at its URL.
      const where = d?.kind === 'citation' ? d.url : file;
      return [d ? d.title : file, d?.publisher ?? '', d?.date ?? '', where, String(n)];
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

/**
 * The region's report deck: a front page with the headline figures, a slide per chart with data (more, titled "（续）",
 * for a chart too tall to read on one), and the sources.
 */
export async function buildReport({
  model,
  region,
  ctx,
  generated,
  png,
}: ReportInput): Promise<PptxGenJS> {
  const { lang } = ctx;
  const pages = reportPages(model, region, ctx, model.synthetic);
  const charts = pages.map((p) => p[0]!);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.title = `${model.region(region)?.name ?? region} ${pick(lang, '精准扶贫数据报告', 'poverty-alleviation report')}`;
  frontSlide(pptx, model, region, ctx, charts.length, generated);
  for (const chart of pages)
    for (const [i, page] of chart.entries()) {
      const image = await png(page, REPORT_CHART_WIDTH);
      chartSlide(pptx, page, pageTitle(page.title, i, lang), image, model, lang);
    }
  sourcesSlide(pptx, model, charts, lang);
  return pptx;
}
