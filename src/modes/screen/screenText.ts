import type { EChartsCoreOption } from 'echarts/core';

/** ECharts' own size for axis labels, axis names, legends and series labels. */
const ECHARTS_DEFAULT_PX = 12;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const mapEach = (v: unknown, f: (o: Obj) => Obj): unknown =>
  Array.isArray(v) ? v.map((o) => (isObj(o) ? f(o) : o)) : isObj(v) ? f(v) : v;

/** `o` with `o[key].fontSize` set to px, unless the chart chose a size itself. */
function sized(o: Obj, keys: readonly string[], px: number): Obj {
  const out = { ...o };
  for (const key of keys) {
    const style = isObj(o[key]) ? (o[key] as Obj) : {};
    if (style.fontSize === undefined) out[key] = { ...style, fontSize: px };
  }
  return out;
}

/**
 * Every `fontSize` in the option raised to at least `min`: builders set small print (10–11px
 * on a desk) that a wall must still make readable. Functions and non-plain values are kept.
 */
function atLeast(v: unknown, min: number): unknown {
  if (Array.isArray(v)) return v.map((x) => atLeast(x, min));
  if (!isObj(v) || Object.getPrototypeOf(v) !== Object.prototype) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v))
    out[k] = k === 'fontSize' && typeof x === 'number' ? Math.max(x, min) : atLeast(x, min);
  return out;
}

/** How close to the chart's side edges a series label may come, in px. */
const EDGE = 2;

interface LabelLayoutParams {
  labelRect: { x: number; width: number };
}
type LabelLayout = Obj | ((p: LabelLayoutParams) => Obj | undefined);

/**
 * A series' label layout, with any label that would run off the chart's left or right edge
 * moved back inside it (a milestone at the end of its axis, a long bar value). The chart's own
 * layout is kept, and a label it places itself (`x`) is left where it put it.
 */
function keptInside(own: LabelLayout | undefined, width: number) {
  return (p: LabelLayoutParams): Obj => {
    const base = (typeof own === 'function' ? own(p) : own) ?? {};
    if (base.x !== undefined) return base;
    const r = p.labelRect;
    const dx = Math.max(0, EDGE - r.x) - Math.max(0, r.x + r.width - (width - EDGE));
    return dx === 0 ? base : { ...base, dx: Number(base.dx ?? 0) + dx };
  };
}

/**
 * Fills in the text sizes a chart left at ECharts' fixed 12px defaults, scaled like the rest
 * of the wall, so axis labels are readable from across the room at any resolution, and lifts
 * any smaller size to `minPx`. Sizes the chart set above it are kept. Series labels are kept
 * inside the chart's `width`. Returns a new option; the built one is not touched.
 */
export function withScreenText(
  option: EChartsCoreOption,
  fontScale: number,
  minPx: number,
  width: number,
): EChartsCoreOption {
  const px = Math.max(minPx, Math.round(ECHARTS_DEFAULT_PX * fontScale));
  const out: Obj = { ...option };
  for (const axis of ['xAxis', 'yAxis', 'radiusAxis', 'angleAxis', 'singleAxis'])
    if (out[axis])
      out[axis] = mapEach(out[axis], (a) => sized(a, ['axisLabel', 'nameTextStyle'], px));
  if (out.legend) out.legend = mapEach(out.legend, (l) => sized(l, ['textStyle'], px));
  if (out.visualMap) out.visualMap = mapEach(out.visualMap, (v) => sized(v, ['textStyle'], px));
  if (out.series)
    out.series = mapEach(out.series, (s) => {
      const series = sized(s, ['label'], px);
      series.labelLayout = keptInside(s.labelLayout as LabelLayout | undefined, width);
      for (const mark of ['markLine', 'markPoint'])
        if (isObj(s[mark])) series[mark] = sized(s[mark] as Obj, ['label'], px);
      return series;
    });
  return atLeast(out, minPx) as EChartsCoreOption;
}
