import { FONT_FAMILY, THEMES, type ThemeName } from '../charts/theme';
import type { ExportMeta } from './exportMeta';
import { wrapText } from '../charts/textFit';

/**
 * The title band above and the source band below an exported chart. The chart keeps the whole
 * area its builder laid out for; the frame is drawn around it, so no builder changes and
 * nothing overlaps the builder's own legend or panels.
 */
export interface FrameLine {
  text: string;
  /** Top of the line in px from the image top. */
  y: number;
  size: number;
  bold: boolean;
  tone: 'text' | 'muted' | 'warn';
}

export interface Frame {
  width: number;
  height: number;
  chartTop: number;
  chartHeight: number;
  lines: FrameLine[];
}

export const PAD = 16;
const GAP = 8;
const STYLES = {
  title: { size: 18, lead: 26, bold: true, tone: 'text' },
  subtitle: { size: 12, lead: 18, bold: false, tone: 'muted' },
  warning: { size: 12, lead: 18, bold: true, tone: 'warn' },
  footer: { size: 11, lead: 16, bold: false, tone: 'muted' },
} as const;

/** Lays the bands out for an image `width` wide around a chart `chartHeight` tall. */
export function layoutFrame(meta: ExportMeta, width: number, chartHeight: number): Frame {
  const lines: FrameLine[] = [];
  const max = width - 2 * PAD;
  let y = PAD;
  const add = (text: string, kind: keyof typeof STYLES) => {
    const s = STYLES[kind];
    for (const part of wrapText(text, s.size, max)) {
      lines.push({ text: part, y, size: s.size, bold: s.bold, tone: s.tone });
      y += s.lead;
    }
  };
  add(meta.title, 'title');
  add(meta.subtitle, 'subtitle');
  if (meta.warning) add(meta.warning, 'warning');
  const chartTop = y + GAP;
  y = chartTop + chartHeight + GAP;
  for (const f of meta.footer) add(f, 'footer');
  return { width, height: Math.ceil(y + PAD - GAP), chartTop, chartHeight, lines };
}

/** Height of the bands alone, to fit a chart into an image of a given total height. */
export const frameHeight = (meta: ExportMeta, width: number): number =>
  layoutFrame(meta, width, 0).height;

export type Background = 'solid' | 'transparent';

export const backgroundColor = (theme: ThemeName, background: Background): string =>
  background === 'solid' ? THEMES[theme].background : 'transparent';

/**
 * The frame as an ECharts option of text graphics; `chartImage`, when given, is drawn into the
 * chart's slot (the canvas path). The SVG path leaves the slot empty and nests the chart's SVG.
 */
export function frameOption(
  frame: Frame,
  theme: ThemeName,
  background: Background,
  chartImage?: CanvasImageSource,
): Record<string, unknown> {
  const colors = THEMES[theme];
  const fill = { text: colors.text, muted: colors.muted, warn: colors.bad };
  const texts = frame.lines.map((l) => ({
    type: 'text',
    x: PAD,
    y: l.y,
    silent: true,
    style: {
      text: l.text,
      fontSize: l.size,
      fontWeight: l.bold ? 'bold' : 'normal',
      fontFamily: FONT_FAMILY,
      fill: fill[l.tone],
      verticalAlign: 'top',
    },
  }));
  const image = chartImage
    ? [
        {
          type: 'image',
          x: 0,
          y: frame.chartTop,
          silent: true,
          style: { image: chartImage, width: frame.width, height: frame.chartHeight },
        },
      ]
    : [];
  return {
    animation: false,
    backgroundColor: backgroundColor(theme, background),
    graphic: [...image, ...texts],
  };
}

/** Below this a chart is unreadable: a requested height that leaves less is refused. */
export const MIN_CHART_HEIGHT = 120;

/**
 * The layout of one export `width` wide: around the builder's preferred chart height, or, when
 * `total` is given, fitted into an image of that height. `meta` null means the bare chart.
 */
export function exportFrame(
  meta: ExportMeta | null,
  width: number,
  preferred: number,
  total?: number,
): Frame {
  const bands = meta ? frameHeight(meta, width) : 0;
  const chartHeight = total === undefined ? preferred : total - bands;
  if (total !== undefined && chartHeight < MIN_CHART_HEIGHT)
    throw new RangeError(
      `height ${total} leaves ${chartHeight}px for the chart at width ${width}: use at least ${MIN_CHART_HEIGHT + bands}`,
    );
  if (!meta) return { width, height: chartHeight, chartTop: 0, chartHeight, lines: [] };
  return layoutFrame(meta, width, chartHeight);
}
