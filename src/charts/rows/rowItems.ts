// Bars and points that know their row, so labels, tooltips and tables never re-derive it.
import { fontSize } from '../baseOption';
import type { ChartContext } from '../chartTypes';
import { THEMES } from '../theme';
import type { ChartRow } from './rowText';

/** A data item that knows its row, so labels and tooltips never re-derive it. */
export interface BarItem {
  value: number;
  rowId: string;
  text: string;
}

export const barItem = (row: ChartRow, text: string): BarItem => ({
  value: row.value,
  rowId: row.id,
  text,
});

export const itemOf = (p: unknown): BarItem | null => {
  const data = (p as { data?: unknown }).data;
  return data && typeof data === 'object' && 'rowId' in data ? (data as BarItem) : null;
};

const itemLabel = (p: unknown): string => itemOf(p)?.text ?? '';

/** A series' labels: each bar or point says its item's text, beside the bar or over the point. */
export const itemLabels = (position: 'right' | 'top', px?: number) => ({
  show: true,
  position,
  formatter: itemLabel,
  ...(px ? { fontSize: px } : {}),
});

/** Planned and target amounts: outlined and hatched, so they read apart from actuals without colour. */
export const hollowStyle = (color: string) => ({
  color: 'transparent',
  borderColor: color,
  borderWidth: 1.5,
  borderType: 'dashed',
  decal: { symbol: 'rect', color, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 },
});

/** Plot height for horizontal bars: room for each category's bars side by side. */
export const barsHeight = (categories: number, barsPerCategory: number): number =>
  Math.max(48, categories * (barsPerCategory * 16 + 14));

/** Bar and point labels in the theme's text colour, scaled with the rest of the type. */
export const themedLabel = (label: unknown, ctx: ChartContext) => {
  if (!label || typeof label !== 'object') return label;
  const l = label as { fontSize?: number };
  return { color: THEMES[ctx.theme].text, ...l, fontSize: fontSize(ctx, l.fontSize ?? 12) };
};

/** Bar items of a series, skipping the gaps (null) between them. */
export const itemsOf = (series: Record<string, unknown>): BarItem[] =>
  (Array.isArray(series.data) ? series.data : []).filter(
    (d): d is BarItem => typeof d === 'object' && d !== null && 'rowId' in d,
  );

/** A series' item at category k, or nothing where the series has a gap. */
export const itemAt = (series: Record<string, unknown>, k: number): BarItem | undefined =>
  itemsOf({ data: [(Array.isArray(series.data) ? series.data : [])[k]] })[0];
