import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { BuiltChart, ChartContext, ChartDefinition } from '../../charts/chartTypes';
import { regionName } from '../../charts/rowChartParts';
import { dataUrlBlob, downloadBlob } from '../../export/download';
import { exportMeta } from '../../export/exportMeta';
import { exportFileName } from '../../export/fileName';
import { exportFrame, type Background } from '../../export/frame';
import { chartPng } from '../../export/renderPng';
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
  const job = async (work: () => Promise<void> | void) => {
    setBusy(true);
    setError(null);
    try {
      await ensureMaps(built.maps, built.ownMaps);
      await work();
      onDone();
    } catch (e) {
      setError(failure(lang, e));
    } finally {
      setBusy(false);
    }
  };
  const render = { width: EXPORT_WIDTH, theme: 'light' as const };

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
              {RATIOS.map((ratio) => (
                <button
                  key={ratio}
                  type="button"
                  disabled={busy}
                  data-export={`png-${ratio}-${bg}`}
                  data-size={`${frame.width * ratio}x${frame.height * ratio}`}
                  onClick={() =>
                    job(async () => {
                      const url = await chartPng(built, meta, {
                        ...render,
                        background: bg,
                        ratio,
                      });
                      downloadBlob(dataUrlBlob(url), name('png'));
                    })
                  }
                >
                  PNG {ratio}× {pick(lang, zh, en)}
                  <span className="export-size">
                    {frame.width * ratio}×{frame.height * ratio}
                  </span>
                </button>
              ))}
            </div>
          ))}
          <button
            type="button"
            disabled={busy}
            data-export="svg"
            onClick={() =>
              job(async () => {
                // The SVG renderer loads only when someone exports SVG.
                const { chartSvg } = await import('../../export/renderSvg');
                const svg = chartSvg(built, meta, { ...render, background: 'solid' });
                downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name('svg'));
              })
            }
          >
            {pick(lang, 'SVG 矢量图', 'SVG vector image')}
          </button>
          <button
            type="button"
            disabled={busy}
            data-export="csv"
            onClick={() =>
              job(async () => {
                // The CSV writer (PapaParse) loads on first use, not with the page.
                const { tableCsv } = await import('../../export/csvExport');
                const csv = tableCsv(built.table, lang, model.manifest);
                downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name('csv'));
              })
            }
          >
            {pick(lang, 'CSV 数据表（含来源）', 'CSV data with sources')}
          </button>
          <button
            type="button"
            disabled={busy}
            data-export="json"
            onClick={() =>
              job(async () => {
                const { tableJson } = await import('../../export/csvExport');
                const json = tableJson(built.table, lang, model.manifest);
                downloadBlob(new Blob([json], { type: 'application/json' }), name('json'));
              })
            }
          >
            {pick(lang, 'JSON 数据（含来源）', 'JSON data with sources')}
          </button>
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
      const { buildReport } = await import('../../export/report');
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
