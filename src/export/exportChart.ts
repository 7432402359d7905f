import type { BuiltChart } from '../charts/chartTypes';
import { isObj, legendRows, type Obj } from '../charts/legendLayout';

/**
 * A chart as every export draws it (browser PNG and SVG, the report's slides, the CLI): the
 * builder's own option, with what only works on screen made to work on paper.
 *
 * A `type: 'scroll'` legend shows one page of entries and arrows to page through the rest; a
 * reader of a PNG, an SVG or a slide cannot page. Exports get a plain legend instead, broken
 * into as many rows as the entries need, and everything below the legend moves down by the
 * extra rows, the image growing by as much: the builder's layout is otherwise kept.
 */

export { isObj, legendRows, list, type Obj } from '../charts/legendLayout';

/** Moves every absolutely placed component (titles, grids, …) down by `dy`; bottoms stay. */
function shiftDown(option: Obj, dy: number): Obj {
  const out: Obj = { ...option };
  for (const [key, value] of Object.entries(option)) {
    if (key === 'legend' || key === 'series' || key === 'xAxis' || key === 'yAxis') continue;
    const moved = (c: unknown) =>
      isObj(c) && typeof c.top === 'number' ? { ...c, top: c.top + dy } : c;
    if (Array.isArray(value)) out[key] = value.map(moved);
    else if (isObj(value)) out[key] = moved(value);
  }
  return out;
}

/**
 * The export version of a chart `width` px wide: a scroll legend becomes a plain one showing
 * every entry, the height growing by the extra legend rows. A chart without a scroll legend,
 * or already converted, comes back as it is, so callers may apply this more than once.
 */
export function exportChart(built: BuiltChart, width: number): BuiltChart {
  const option = built.option as Obj | null;
  if (!option || !isObj(option.legend) || option.legend.type !== 'scroll') return built;
  const legend = option.legend;
  const { rows, pitch, lineHeight } = legendRows(option, legend, width);
  const extra = Math.max(0, rows.length - 1) * pitch;
  // Each entry is laid out at its estimated width, which is never less than what is drawn (an
  // SSR renderer without a canvas measures Latin text narrow, and entries would overlap), and
  // an empty name starts a row: the rows are exactly the ones the height allows for.
  const own = new Map(
    (Array.isArray(legend.data) ? legend.data : []).filter(isObj).map((d) => [d.name, d]),
  );
  const items = rows.map((row) =>
    row.map((e) => {
      const item = own.get(e.name) ?? {};
      const style = isObj(item.textStyle) ? item.textStyle : {};
      return { ...item, name: e.name, textStyle: { ...style, width: e.textWidth, lineHeight } };
    }),
  );
  const data = items.flatMap((row, i) => (i === 0 ? row : ['', ...row]));
  return {
    ...built,
    option: {
      ...shiftDown(option, extra),
      legend: { ...legend, type: 'plain', data },
    },
    height: built.height + extra,
  };
}
