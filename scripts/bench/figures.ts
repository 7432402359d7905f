import { max, median, min, table } from './stats';

/** One figure of the speed table: every run's value, CPU beside wall where it has one. */
export interface Figure {
  name: string;
  unit: 'ms' | 'KB' | '×';
  /** At most this much, or null for context only. */
  target: number | null;
  values: number[];
  cpu?: number[];
}

const show = (x: number, unit: Figure['unit']) =>
  unit === '×' ? `${x.toFixed(2)}×` : unit === 'KB' ? `${x.toFixed(1)} KB` : `${x.toFixed(0)} ms`;

export const verdict = (f: Figure): string => {
  if (f.target === null || f.values.length === 0) return '';
  return median(f.values) <= f.target ? 'PASS' : 'MISS';
};

/** The figures against their targets: median, range of the runs, CPU median, target, verdict. */
export function figureTable(title: string, figures: readonly Figure[]): string {
  return table(
    [title, 'median', 'range', 'runs', 'CPU', 'target', ''],
    figures.map((f) => [
      f.name,
      f.values.length ? show(median(f.values), f.unit) : 'n/a',
      f.values.length > 1 ? `${show(min(f.values), f.unit)}–${show(max(f.values), f.unit)}` : '',
      String(f.values.length),
      f.cpu?.length ? show(median(f.cpu), f.unit) : '',
      f.target === null ? '' : `≤ ${show(f.target, f.unit)}`,
      verdict(f),
    ]),
  );
}
