import { textWidth } from './textFit';

// Legend rows, shared by the builders (which lay their legends out in rows, never paging) and
// by exports (which turn any remaining scroll legend into rows).

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
