import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { BuiltChart, ChartContext, ChartDefinition } from '../../charts/chartTypes';
import { regionName } from '../../charts/rows/rowText';
import { dataUrlBlob, downloadBlob } from '../../export/download';
import { exportMeta, type ExportMeta } from '../../export/exportMeta';
import { exportFileName } from '../../export/fileName';
import { exportFrame, type Background } from '../../export/frame';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { ensureMaps } from '../../view/mapLoader';
import './export.css';

/** Exports have one width whatever the screen, so a report's images match; 2× is 1600 px. */
export const EXPORT_WIDTH = 800;
const RATIOS = [1, 2, 4] as const;
const BACKGROUNDS: ReadonlyArray<[Background, string, string]> = [
  ['solid', '白底', 'white'],
  ['transparent', '透明', 'transparent'],
];

/** Exports go into white documents: light theme, no animation, the export width. */
const exportContext = (ctx: ChartContext, lang: Lang): ChartContext => ({
  ...ctx,
  lang,
  theme: 'light',
  animation: false,
  medium: 'file',
  width: EXPORT_WIDTH,
  height: null,
});

/**
 * The PNG renderer, on first use: it registers every chart's ECharts modules, which the
 * dashboard otherwise loads per view.
 */
const pngRenderer = () => import('../../export/renderPng').then((m) => m.chartPng);

/** The day of an export, for file names and the report's title slide; no chart reads the clock. */
const today = () => dayjs().format('YYYY-MM-DD');

function fileNamer(model: DashboardModel, ctx: ChartContext, lang: Lang, what: string) {
  return (ext: string) =>
    exportFileName({
      regionCode: ctx.region,
      regionName: regionName(model, ctx.region, lang),
      what,
      date: today(),
      lang,
      ext,
    });
}

const failure = (lang: Lang, e: unknown) =>
  pick(lang, `导出失败：${(e as Error).message}`, `Export failed: ${(e as Error).message}`);

/** One download the menu offers: its button, and the file it writes with that file's extension. */
interface ExportAction {
  key: string;
  label: string;
  /** Pixel size of an image, shown on its button. */
  size?: [number, number];
  write: () => Promise<[Blob, string]>;
}

const IMAGE = { width: EXPORT_WIDTH, theme: 'light' as const };

function pngAction(
  built: BuiltChart,
  meta: ExportMeta,
  background: Background,
  ratio: number,
  frame: { width: number; height: number },
  backgroundName: string,
): ExportAction {
  return {
    key: `png-${ratio}-${background}`,
    label: `PNG ${ratio}× ${backgroundName}`,
    size: [frame.width * ratio, frame.height * ratio],
    write: async () => {
      const chartPng = await pngRenderer();
      const url = await chartPng(built, meta, { ...IMAGE, background, ratio });
      return [dataUrlBlob(url), 'png'];
    },
  };
}

const DATA_FORMATS = {
  csv: ['CSV 数据表（含来源）', 'CSV data with sources', 'text/csv;charset=utf-8'],
  json: ['JSON 数据（含来源）', 'JSON data with sources', 'application/json'],
} as const;

/** The chart's table with its sources; the writers (PapaParse) load on first use. */
function dataAction(
  format: keyof typeof DATA_FORMATS,
  built: BuiltChart,
  model: DashboardModel,
  lang: Lang,
): ExportAction {
  const [zh, en, type] = DATA_FORMATS[format];
  return {
    key: format,
    label: pick(lang, zh, en),
    write: async () => {
      const writers = await import('../../export/csvExport');
      const write = format === 'csv' ? writers.tableCsv : writers.tableJson;
      return [new Blob([write(built.table, lang, model.manifest)], { type }), format];
    },
  };
}

/** SVG (its renderer loads on first use, not with the page) and the data. */
const fileActions = (
  built: BuiltChart,
  meta: ExportMeta,
  model: DashboardModel,
  lang: Lang,
): ExportAction[] => [
  {
    key: 'svg',
    label: pick(lang, 'SVG 矢量图', 'SVG vector image'),
    write: async () => {
      const { chartSvg } = await import('../../export/renderSvg');
      const svg = chartSvg(built, meta, { ...IMAGE, background: 'solid' });
      return [new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), 'svg'];
    },
  },
  ...(['csv', 'json'] as const).map((format) => dataAction(format, built, model, lang)),
];

export interface ExportMenuProps {
  chart: ChartDefinition;
  model: DashboardModel;
  ctx: ChartContext;
  lang: Lang;
  /** More entries, such as the embed code. */
  extra?: ReactNode;
}

/** Per-chart downloads: PNG at 1×/2×/4× on white or transparent, SVG, and the data as CSV or JSON. */
export function ExportMenu({ chart, model, ctx, lang, extra }: ExportMenuProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => {
    if (details.current) details.current.open = false;
    details.current?.querySelector('summary')?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (details.current && !details.current.contains(e.target as Node))
        details.current.open = false;
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !details.current?.open) return;
    e.preventDefault();
    close();
  };
  const title = chart.title(lang);
  return (
    <details
      className="export-menu"
      ref={details}
      onKeyDown={onKey}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary aria-label={pick(lang, `导出“${title}”`, `Export “${title}”`)}>
        {pick(lang, '导出', 'Export')}
      </summary>
      {/* Built only while open: a closed menu costs the dashboard nothing. */}
      {open && (
        <div className="export-menu-items">
          <ExportItems chart={chart} model={model} ctx={ctx} lang={lang} onDone={close} />
          {extra}
        </div>
      )}
    </details>
  );
}

function ExportItems({
  chart,
  model,
  ctx,
  lang,
  onDone,
}: Omit<ExportMenuProps, 'extra'> & { onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const built: BuiltChart = useMemo(
    () => chart.build(model, exportContext(ctx, lang)),
    [chart, model, ctx, lang],
  );
  const meta = useMemo(() => exportMeta(model, built, lang), [model, built, lang]);
  const frame = useMemo(
    // Sized as the file will be: exports lay a paged legend out in full, which can add rows.
    () => (built.option ? exportFrame(meta, EXPORT_WIDTH, built.height) : null),
    [built, meta],
  );
  const name = fileNamer(model, ctx, lang, chart.id);
  const job = async (write: ExportAction['write']) => {
    setBusy(true);
    setError(null);
    try {
      await ensureMaps(built.maps, built.ownMaps);
      const [blob, ext] = await write();
      downloadBlob(blob, name(ext));
      onDone();
    } catch (e) {
      setError(failure(lang, e));
    } finally {
      setBusy(false);
    }
  };
  const button = (a: ExportAction) => (
    <button
      key={a.key}
      type="button"
      disabled={busy}
      data-export={a.key}
      data-size={a.size && a.size.join('x')}
      onClick={() => job(a.write)}
    >
      {a.label}
      {a.size && <span className="export-size">{a.size.join('×')}</span>}
    </button>
  );

  return (
    <>
      {frame ? (
        <>
          {BACKGROUNDS.map(([bg, zh, en]) => (
            <div
              key={bg}
              role="group"
              aria-label={pick(lang, `PNG 图片（${zh}）`, `PNG image (${en})`)}
              className="export-row"
            >
              {RATIOS.map((ratio) =>
                button(pngAction(built, meta, bg, ratio, frame, pick(lang, zh, en))),
              )}
            </div>
          ))}
          {fileActions(built, meta, model, lang).map(button)}
        </>
      ) : (
        <p className="muted">{pick(lang, '无数据，无可导出。', 'No data to export.')}</p>
      )}
      <p role="status" className="export-status">
        {busy ? pick(lang, '正在生成…', 'Preparing…') : ''}
      </p>
      {error && <p role="alert">{error}</p>}
    </>
  );
}

export interface ReportButtonProps {
  model: DashboardModel;
  region: string;
  ctx: ChartContext;
  lang: Lang;
}

/** The region's PowerPoint deck: title, one slide per chart with data, sources. */
export function ReportButton({ model, region, ctx, lang }: ReportButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onClick = async () => {
    setBusy(true);
    setError(null);
    try {
      // pptxgenjs is large: loaded only when someone asks for a report.
      const [{ buildReport }, chartPng] = await Promise.all([
        import('../../export/report'),
        pngRenderer(),
      ]);
      const pptx = await buildReport({
        model,
        region,
        ctx: { ...ctx, lang },
        generated: today(),
        png: async (built, width) => {
          await ensureMaps(built.maps, built.ownMaps);
          return chartPng(built, null, { width, ratio: 2, theme: 'light', background: 'solid' });
        },
      });
      const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
      downloadBlob(blob, fileNamer(model, { ...ctx, region }, lang, 'report')('pptx'));
    } catch (e) {
      setError(failure(lang, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="report-export">
      <button type="button" onClick={onClick} disabled={busy} aria-busy={busy} data-export="report">
        {busy
          ? pick(lang, '正在生成报告…', 'Building the report…')
          : pick(lang, '报告（PPTX）', 'Report (PPTX)')}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
