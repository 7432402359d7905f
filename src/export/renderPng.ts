import type { EChartsCoreOption } from 'echarts/core';
import type { BuiltChart } from '../charts/chartTypes';
import { echarts } from '../charts/echartsSetup';
import type { ExportMeta } from './exportMeta';
import { backgroundColor, exportFrame, frameOption } from './frame';
import type { RenderOptions } from './renderOptions';

export interface PngOptions extends RenderOptions {
  /** 1, 2 or 4: the image is width × ratio pixels wide. */
  ratio: number;
}

/** Renders an option into an offscreen canvas instance and returns it as a PNG data URL. */
function canvasPng(
  option: EChartsCoreOption,
  width: number,
  height: number,
  ratio: number,
  background: string,
): string {
  const chart = echarts.init(document.createElement('div'), null, {
    renderer: 'canvas',
    width,
    height,
    devicePixelRatio: ratio,
  });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: background });
  } finally {
    chart.dispose();
  }
}

/**
 * The chart as a PNG data URL in the browser: the builder's option, built for a file, drawn at
 * `ratio` pixels per CSS px, then placed into the frame (title, sources, flags) drawn by a
 * second instance.
 */
export async function chartPng(
  built: BuiltChart,
  meta: ExportMeta | null,
  opts: PngOptions,
): Promise<string> {
  const shown = built;
  if (!shown.option) throw new Error(`no data: ${built.title}`);
  const frame = exportFrame(meta, opts.width, shown.height, opts.height);
  const bg = backgroundColor(opts.theme, opts.background);
  const chart = canvasPng(
    shown.option,
    frame.width,
    frame.chartHeight,
    opts.ratio,
    meta ? 'transparent' : bg,
  );
  if (!meta) return chart;
  const image = new Image();
  image.src = chart;
  await image.decode();
  return canvasPng(
    frameOption(frame, opts.theme, opts.background, image),
    frame.width,
    frame.height,
    opts.ratio,
    bg,
  );
}
