import type { BuiltChart } from '../../src/charts/chartTypes';
import type { BarItem } from '../../src/charts/rows/rowItems';

/** One data item a stacked-panel chart draws, with where it is drawn. */
export interface DrawnBar {
  rowId: string;
  value: number;
  text: string;
  /** The grid, and so the value axis, it sits on. */
  grid: number;
  series: string;
  category: string;
  seriesStyle: { color?: string };
}

interface Axis {
  type: string;
  data?: string[];
}

interface PanelOption {
  series: Array<{
    name: string;
    xAxisIndex: number;
    data: Array<DrawnBar | null>;
    itemStyle: { color?: string };
  }>;
  xAxis: Axis[];
  yAxis: Axis[];
}

/** Every drawn data item; a null slot is a gap, not an item. */
export function drawnBars(built: BuiltChart): DrawnBar[] {
  const o = built.option as unknown as PanelOption;
  return o.series.flatMap((s) => {
    const grid = s.xAxisIndex;
    const categories = [o.xAxis[grid], o.yAxis[grid]].find((a) => a?.type === 'category')?.data;
    return s.data.flatMap((d, i) =>
      d
        ? [
            {
              ...d,
              grid,
              series: s.name,
              category: categories?.[i] ?? '',
              seriesStyle: s.itemStyle,
            },
          ]
        : [],
    );
  });
}

/** The numbers drawn as figures (a panel of one number), with the item each draws. */
export function drawnFigures(built: BuiltChart): BarItem[] {
  const graphic = (built.option as { graphic?: Array<{ info?: BarItem }> }).graphic ?? [];
  return graphic.flatMap((g) => (g.info ? [g.info] : []));
}

export const tooltipOf = (built: BuiltChart, item: DrawnBar): string =>
  (built.option as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter({
    data: item,
  });

/** Sorted [id, value] pairs, so the table can be compared with what is drawn. */
export const tableIdsAndValues = (built: BuiltChart) =>
  built.table.rows.map((r) => [r.id, r.value]).sort();
export const drawnIdsAndValues = (built: BuiltChart) =>
  [...drawnBars(built), ...drawnFigures(built)].map((d) => [d.rowId, d.value]).sort();
