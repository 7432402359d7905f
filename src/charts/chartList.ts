// Every chart, one line each: a chart is its folder, and this line is all the rest of the code
// needs of it. Each line is type-checked: a folder whose definition leaves out a trait does not
// compile. Loaded on demand, so a page that shows one chart loads one folder (chartLoaders.ts).
import type { ChartDefinition } from './chartTypes';

export const CHART_FOLDERS = {
  map: () => import('./map'),
  'exit-timeline': () => import('./exit-timeline'),
  milestones: () => import('./milestones'),
  targets: () => import('./targets'),
  'funds-source': () => import('./funds-source'),
  'funds-use': () => import('./funds-use'),
  infrastructure: () => import('./infrastructure'),
  assistance: () => import('./assistance'),
  causes: () => import('./causes'),
  headcount: () => import('./headcount'),
} as const;

/**
 * The check of every line above: each folder's default export is a whole ChartDefinition, or
 * this does not compile. (A `satisfies` on the list itself would make ChartId, derived from it,
 * refer to itself.)
 */
export type CheckedChartFolders = EveryDefinition<typeof CHART_FOLDERS>;
type EveryDefinition<T extends Record<string, () => Promise<{ default: ChartDefinition }>>> = T;
