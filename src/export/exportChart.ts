import type { BuiltChart } from '../charts/chartTypes';
import { textWidth } from './frame';

/**
 * A chart as every export draws it (browser PNG and SVG, the report's slides, the CLI): the
 * builder's own option, with what only works on screen made to work on paper.
 *
 * A `type: 'scroll'` legend shows one page of entries and arrows to page through the rest; a
 * reader of a PNG, an SVG or a slide cannot page. Exports get a plain legend instead, broken
 * into as many rows as the entries need, and everything below the legend moves down by the
 * extra rows, the image growing by as much: the builder's layout is otherwise kept.
 */

/** An ECharts option or component, read without trusting its shape. */
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A component that may be given as one object or an array of them, as an array of objects. */
export const list = (v: unknown): Obj[] =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(isObj);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);

// ECharts' legend defaults (LegendModel) and its 5 px between an item's symbol and its text.
const ITEM_WIDTH = 25;
const ITEM_HEIGHT = 14;
const ITEM_GAP = 10;
const PADDING = 5;
const SYMBOL_GAP = 5;

/** The names a legend without `data` shows: each series name once, in series order. */
export function legendNames(option: Obj, legend: Obj): string[] {
  const names = Array.isArray(legend.data)
    ? legend.data.map((d) => (isObj(d) ? d.name : d))
    : list(option.series).map((s) => s.name);
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n !== ''))];
}

export interface LegendEntry {
  name: string;
  /** Estimated on the wide side; the legend lays the entry out at this width. */
  textWidth: number;
}

export interface LegendLayout {
  /** Entries per row, in order. */
  rows: LegendEntry[][];
  /** Height of one row's text, and the vertical distance from one row to the next. */
  lineHeight: number;
  pitch: number;
}

/**
 * Breaks the entries into rows the way ECharts' box layout does (an entry goes to the next row
 * when it would cross the right edge), with text widths estimated on the wide side, so ECharts
 * never needs a row more than this says.
 */
export function legendRows(option: Obj, legend: Obj, width: number): LegendLayout {
  const padding = num(legend.padding, PADDING);
  const gap = num(legend.itemGap, ITEM_GAP);
  const symbol = num(legend.itemWidth, ITEM_WIDTH);
  const style = isObj(legend.textStyle) ? legend.textStyle : {};
  const base = isObj(option.textStyle) ? option.textStyle : {};
  const size = num(style.fontSize, num(base.fontSize, 12));
  const room = width - num(legend.left, 0) - num(legend.right, 0) - 2 * padding;
  const rows: LegendEntry[][] = [];
  let x = 0;
  for (const name of legendNames(option, legend)) {
    const entry = { name, textWidth: Math.ceil(textWidth(name, size)) };
    const w = symbol + SYMBOL_GAP + entry.textWidth;
    const row = rows.at(-1);
    if (!row || x + w > room) {
      rows.push([entry]);
      x = w + gap;
    } else {
      row.push(entry);
      x += w + gap;
    }
  }
  const lineHeight = Math.ceil(size * 1.2);
  return {
    rows,
    lineHeight,
    pitch: Math.max(lineHeight, num(legend.itemHeight, ITEM_HEIGHT)) + gap,
  };
}

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
