import type { EChartsCoreOption } from 'echarts/core';
import type { BuiltChart } from '../charts/chartTypes';
import { echarts } from '../charts/echartsSvg';
import { escapeHtml } from '../charts/escapeHtml';
import type { ExportMeta } from './exportMeta';
import { exportFrame, frameOption } from './frame';
import type { RenderOptions } from './renderOptions';

/** One server-side render: text stays text, and the instance is always disposed. */
export function ssrSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The chart as a standalone SVG: the builder's option, nested
 * inside a frame carrying the title, dataset, as-of date, sources and flags, all as real text.
 */
export function chartSvg(built: BuiltChart, meta: ExportMeta | null, opts: RenderOptions): string {
  const shown = built;
  if (!shown.option) throw new Error(`no data: ${built.title}`);
  const frame = exportFrame(meta, opts.width, shown.height, opts.height);
  const outer = ssrSvg(frameOption(frame, opts.theme, opts.background), frame.width, frame.height);
  const inner = ssrSvg(shown.option, frame.width, frame.chartHeight).replace(
    /^<svg /,
    `<svg x="0" y="${frame.chartTop}" `,
  );
  const described = outer.replace(
    />/,
    `><title>${escapeHtml(built.title)}</title><desc>${escapeHtml(built.description)}</desc>`,
  );
  return described.replace(/<\/svg>\s*$/, `${inner}</svg>`);
}
