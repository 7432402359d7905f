import type { ChartContext } from './chartTypes';

/** How close to the chart's side edges a series label may come, in px. */
const EDGE = 2;

type Obj = Record<string, unknown>;
interface LabelLayoutParams {
  labelRect: { x: number; width: number };
}
type LabelLayout = Obj | ((p: LabelLayoutParams) => Obj | undefined);

/**
 * A series' label layout, with any label that would run off the chart's left or right edge
 * moved back inside it (a milestone at the end of its axis, a long bar value). The series' own
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
 * The series with their labels kept inside the chart's width on a wall, where nobody can
 * hover a cut label for its tooltip. Elsewhere they are as the builder made them.
 */
export function labelsInside<T extends object>(series: readonly T[], ctx: ChartContext): T[] {
  if (ctx.medium !== 'wall') return [...series];
  return series.map((s) => ({
    ...s,
    labelLayout: keptInside((s as Obj).labelLayout as LabelLayout | undefined, ctx.width),
  }));
}
