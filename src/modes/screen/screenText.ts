import type { EChartsCoreOption } from 'echarts/core';

/** ECharts' own size for axis labels, axis names, legends and series labels. */
const ECHARTS_DEFAULT_PX = 12;
/**
 * The charts reserve a fixed 32px band for a top legend; text beyond this would run into
 * what sits below it.
 */
const LEGEND_MAX_PX = 20;

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
 * Fills in the text sizes a chart left at ECharts' fixed 12px defaults, scaled like the rest
 * of the wall, so axis labels are readable from across the room at any resolution. Sizes the
 * chart set itself are kept. Returns a new option; the built one is not touched.
 */
export function withScreenText(option: EChartsCoreOption, fontScale: number): EChartsCoreOption {
  const px = Math.round(ECHARTS_DEFAULT_PX * fontScale);
  const out: Obj = { ...option };
  for (const axis of ['xAxis', 'yAxis', 'radiusAxis', 'angleAxis', 'singleAxis'])
    if (out[axis])
      out[axis] = mapEach(out[axis], (a) => sized(a, ['axisLabel', 'nameTextStyle'], px));
  if (out.legend)
    out.legend = mapEach(out.legend, (l) => sized(l, ['textStyle'], Math.min(px, LEGEND_MAX_PX)));
  if (out.visualMap) out.visualMap = mapEach(out.visualMap, (v) => sized(v, ['textStyle'], px));
  if (out.series)
    out.series = mapEach(out.series, (s) => {
      const series = sized(s, ['label'], px);
      for (const mark of ['markLine', 'markPoint'])
        if (isObj(s[mark])) series[mark] = sized(s[mark] as Obj, ['label'], px);
      return series;
    });
  return out;
}
