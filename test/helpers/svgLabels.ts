import { textWidth } from '../../src/charts/textFit';
import { echarts } from '../../src/charts/echartsSvg';

/** A text element of an ECharts SVG render, as the box it covers on the page. */
export interface Label {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const attr = (tag: string, name: string): string | null =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** translate(x y) or matrix(a,b,c,d,e,f) as [a, b, c, d, e, f]. */
function matrixOf(transform: string | null): number[] {
  const nums = (transform?.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
  if (transform?.startsWith('matrix')) return nums;
  if (transform?.startsWith('translate')) return [1, 0, 0, 1, nums[0] ?? 0, nums[1] ?? 0];
  return [1, 0, 0, 1, 0, 0];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Every non-empty text element of an SSR SVG with its box: width estimated on the wide side
 * with textFit (the same estimate builders lay out with), height one font size, placed by its
 * anchor, baseline and transform. Nested <svg x y> offsets are not applied: pass one chart.
 */
export function svgLabels(svg: string): Label[] {
  const out: Label[] = [];
  for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const [, tag = '', raw = ''] = m;
    const text = unescape(raw);
    if (text.trim() === '') continue;
    const size = Number(/font(?:-size:|:[^;"]*?)\s*(\d+(?:\.\d+)?)px/.exec(tag)?.[1] ?? 12);
    const w = textWidth(text, size);
    const x = Number(attr(tag, 'x') ?? 0);
    const y = Number(attr(tag, 'y') ?? 0);
    const anchor = attr(tag, 'text-anchor') ?? 'start';
    const baseline = attr(tag, 'dominant-baseline') ?? 'alphabetic';
    const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
    const top =
      baseline === 'central' || baseline === 'middle'
        ? y - size / 2
        : baseline === 'hanging'
          ? y
          : y - size * 0.85;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = matrixOf(attr(tag, 'transform'));
    const corners: Array<[number, number]> = [
      [left, top],
      [left + w, top],
      [left, top + size],
      [left + w, top + size],
    ];
    const xs = corners.map(([px, py]) => a * px + c * py + e);
    const ys = corners.map(([px, py]) => b * px + d * py + f);
    out.push({
      text,
      x0: Math.min(...xs),
      y0: Math.min(...ys),
      x1: Math.max(...xs),
      y1: Math.max(...ys),
    });
  }
  return out;
}

// Boxes are estimates on the wide side: two labels must overlap by more than this, both ways,
// before they are reported, and a label may reach this far past the chart's edge.
const SLACK = 2;

/**
 * What a reader would see as broken among one chart's text boxes, however measured: labels
 * drawn over each other, labels past the chart's edges, text cut with "…", and legends that
 * page ("1/9").
 */
export function boxProblems(labels: readonly Label[], width: number, height: number): string[] {
  const problems: string[] = [];
  for (const l of labels) {
    if (l.text.endsWith('...') || l.text.endsWith('…')) problems.push(`cut: "${l.text}"`);
    if (/^\d+\/\d+$/.test(l.text)) problems.push(`legend pages: "${l.text}"`);
    if (l.x0 < -SLACK || l.y0 < -SLACK || l.x1 > width + SLACK || l.y1 > height + SLACK)
      problems.push(
        `outside ${width}×${height}: "${l.text}" [${[l.x0, l.y0, l.x1, l.y1].map(Math.round)}]`,
      );
  }
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) {
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > SLACK && dy > SLACK) problems.push(`overlap: "${a.text}" × "${b.text}"`);
    }
  });
  return problems;
}

/** boxProblems of an SSR SVG render, its boxes estimated by svgLabels. */
export const labelProblems = (svg: string, width: number, height: number): string[] =>
  boxProblems(svgLabels(svg), width, height);

/**
 * Makes ECharts lay text out at textFit's widths (wide side of the real fonts), so a render
 * checked by labelProblems was laid out with the widths the check uses: whatever fits here fits
 * the narrower glyphs a browser draws. Without it SSR measures Latin narrower than the check.
 */
export function measureLikeTextFit(): void {
  echarts.setPlatformAPI({
    measureText: (text: string, font?: string) => ({
      width: textWidth(text, Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12)),
    }),
  });
}
