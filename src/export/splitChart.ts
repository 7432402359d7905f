import type { BuiltChart } from '../charts/chartTypes';
import { echarts } from '../charts/echartsSvg';
import { list, type Obj } from '../charts/legendLayout';

/**
 * Cuts a tall chart into parts no taller than a given height, each a chart of its own built
 * from the builder's option: for slides, where a tall chart shrunk to fit is too small to read.
 *
 * The cuts fall between whole blocks (a grid with its title above it and its axis labels
 * below), or, when one block alone is too tall, between rows of a grid whose categories run
 * down the side (horizontal bars): the part shows a window of those rows through the category
 * axis' min and max, so the data, its labels and the value axis' scale stay as they are. Every
 * part keeps what sits above the first block (the legend and any header band), and its legend
 * lists only the series it draws. A chart with anything else (a map, a pie, components whose
 * position is not a number of px from the top) is not cut.
 */

const index = (v: unknown): number => (typeof v === 'number' ? v : 0);

const CARTESIAN = new Set(['bar', 'line', 'scatter', 'pictorialBar']);
/** Components the cut knows how to carry over; any other one makes a chart uncuttable. */
const KNOWN = new Set([
  'grid',
  'xAxis',
  'yAxis',
  'series',
  'title',
  'legend',
  'tooltip',
  'aria',
  'textStyle',
  'color',
  'backgroundColor',
  'animation',
]);

/** A window of rows of a grid's category axis. */
interface Rows {
  axis: number;
  count: number;
  /** px per category. */
  pitch: number;
}

interface Block {
  grid: number;
  top: number;
  height: number;
  rows: Rows | null;
}

interface Layout {
  header: number;
  blocks: Block[];
}

/** A block in a part: whole, or the rows from `start`, `count` of them. */
interface Segment {
  block: number;
  start: number;
  count: number | null;
}

/** px per category of a category axis on the y side, measured by laying the option out. */
function measurePitch(option: Obj, width: number, height: number, axis: number, n: number) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    const at = (i: number) => Number(chart.convertToPixel({ yAxisIndex: axis }, i));
    return Math.abs(at(n - 1) - at(0)) / (n - 1);
  } finally {
    chart.dispose();
  }
}

function layoutOf(option: Obj, width: number, height: number): Layout | null {
  if (Object.keys(option).some((k) => !KNOWN.has(k))) return null;
  const series = list(option.series);
  if (series.some((s) => !CARTESIAN.has(String(s.type)))) return null;
  const grids = list(option.grid);
  const titles = list(option.title);
  if (grids.length === 0 || [...grids, ...titles].some((c) => typeof c.top !== 'number'))
    return null;
  // Only a lone grid may take its height from the chart's (top and bottom, no height).
  if (grids.length > 1 && grids.some((g) => typeof g.height !== 'number')) return null;
  const xAxes = list(option.xAxis);
  const yAxes = list(option.yAxis);
  const order = grids
    .map((_, i) => i)
    .sort((a, b) => Number(grids[a]!.top) - Number(grids[b]!.top));
  const tops: number[] = [];
  let above = 0;
  for (const i of order) {
    const g = grids[i]!;
    const top = Number(g.top);
    const titled = titles.map((t) => Number(t.top)).filter((t) => t >= above && t < top);
    tops.push(Math.min(top, ...titled));
    above = typeof g.height === 'number' ? top + g.height : height;
  }
  const blocks = order.map((i, b): Block => {
    const g = grids[i]!;
    const bottom = tops[b + 1] ?? height;
    const yCat = yAxes.findIndex(
      (a) => index(a.gridIndex) === i && a.type === 'category' && Array.isArray(a.data),
    );
    const xCat = xAxes.some((a) => index(a.gridIndex) === i && a.type === 'category');
    const n = yCat < 0 ? 0 : (yAxes[yCat]!.data as unknown[]).length;
    const rows =
      yCat < 0 || xCat || n < 2
        ? null
        : {
            axis: yCat,
            count: n,
            pitch:
              typeof g.height === 'number'
                ? g.height / n
                : measurePitch(option, width, height, yCat, n),
          };
    return { grid: i, top: tops[b]!, height: bottom - tops[b]!, rows };
  });
  return { header: tops[0]!, blocks };
}

const segmentHeight = (block: Block, count: number | null): number =>
  count === null || !block.rows
    ? block.height
    : block.height - (block.rows.count - count) * block.rows.pitch;

/** Fills parts in order, each up to `budget` px; a block too tall for a part of its own is cut. */
function pack(layout: Layout, budget: number): Segment[][] {
  const parts: Segment[][] = [];
  let part: Segment[] = [];
  let used = layout.header;
  const flush = () => {
    if (part.length > 0) parts.push(part);
    part = [];
    used = layout.header;
  };
  layout.blocks.forEach((block, b) => {
    const rows = block.rows;
    if (!rows || layout.header + block.height <= budget) {
      if (part.length > 0 && used + block.height > budget) flush();
      part.push({ block: b, start: 0, count: null });
      used += block.height;
      return;
    }
    let start = 0;
    while (start < rows.count) {
      const fixed = segmentHeight(block, 0);
      const fit = Math.floor((budget - used - fixed) / rows.pitch);
      if (fit < 1 && part.length > 0) {
        flush();
        continue;
      }
      const count = Math.min(Math.max(1, fit), rows.count - start);
      part.push({ block: b, start, count });
      used += fixed + count * rows.pitch;
      start += count;
      if (start < rows.count) flush();
    }
  });
  flush();
  return parts;
}

/** The option and height of one part. */
function partOf(built: BuiltChart, option: Obj, layout: Layout, part: Segment[]): BuiltChart {
  const grids = list(option.grid);
  const titles = list(option.title);
  const gridMap = new Map<number, number>();
  const windows = new Map<number, { axis: number; min: number; max: number }>();
  const newGrids: Obj[] = [];
  const newTitles: Obj[] = titles.filter((t) => Number(t.top) < layout.header);
  let y = layout.header;
  for (const seg of part) {
    const block = layout.blocks[seg.block]!;
    const dy = y - block.top;
    const height = segmentHeight(block, seg.count);
    const g = grids[block.grid]!;
    gridMap.set(block.grid, newGrids.length);
    const windowed = seg.count !== null && block.rows;
    newGrids.push({
      ...g,
      top: Number(g.top) + dy,
      ...(windowed && typeof g.height === 'number'
        ? { height: seg.count! * block.rows!.pitch }
        : {}),
    });
    if (windowed)
      windows.set(block.rows!.axis, {
        axis: block.rows!.axis,
        min: seg.start,
        max: seg.start + seg.count! - 1,
      });
    for (const t of titles) {
      const top = Number(t.top);
      if (top >= block.top && top < block.top + block.height)
        newTitles.push({ ...t, top: top + dy });
    }
    y += height;
  }
  const axes = (v: unknown, windowed: boolean) => {
    const map = new Map<number, number>();
    const kept: Obj[] = [];
    list(v).forEach((a, i) => {
      const grid = gridMap.get(index(a.gridIndex));
      if (grid === undefined) return;
      map.set(i, kept.length);
      const w = windowed ? windows.get(i) : undefined;
      kept.push({ ...a, gridIndex: grid, ...(w ? { min: w.min, max: w.max } : {}) });
    });
    return { map, kept };
  };
  const x = axes(option.xAxis, false);
  const yAx = axes(option.yAxis, true);
  const series = list(option.series).flatMap((s) => {
    const xi = x.map.get(index(s.xAxisIndex));
    const yi = yAx.map.get(index(s.yAxisIndex));
    return xi === undefined || yi === undefined ? [] : [{ ...s, xAxisIndex: xi, yAxisIndex: yi }];
  });
  return {
    ...built,
    option: {
      ...option,
      grid: newGrids,
      title: newTitles,
      xAxis: x.kept,
      yAxis: yAx.kept,
      series,
    },
    height: Math.round(y),
  };
}

/**
 * The chart in parts at most `maxHeight` px tall (a part holding one row of a block may be
 * taller), as few as will do and as even as the cuts allow; the chart itself when it fits or
 * cannot be cut. `width` is the width it was built at.
 */
export function splitChart(built: BuiltChart, width: number, maxHeight: number): BuiltChart[] {
  const option = built.option as Obj | null;
  if (!option || built.height <= maxHeight) return [built];
  const layout = layoutOf(option, width, built.height);
  if (!layout) return [built];
  const parts = pack(layout, maxHeight);
  if (parts.length < 2) return [built];
  // The smallest budget that needs no more parts evens them out.
  let low = Math.ceil(built.height / parts.length);
  let high = maxHeight;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (pack(layout, mid).length <= parts.length) high = mid;
    else low = mid + 1;
  }
  return pack(layout, high).map((part) => partOf(built, option, layout, part));
}
