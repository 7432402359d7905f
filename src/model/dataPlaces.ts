import type { Level, Region } from '../data/types';
import type { DashboardModel } from './dashboardModel';
import { headlineFigures, type HeadlineFigure } from './headline';

export interface DataPlace {
  region: Region;
  /** The region's first headline figure at its own latest year; null when it has none. */
  figure: HeadlineFigure | null;
  /** Rows the region reports itself, so a place without a headline figure still says what it has. */
  rows: number;
}

/** Levels a reader drills to; townships and villages are found from their county. */
const PLACE_LEVELS: ReadonlySet<Level> = new Set(['province', 'prefecture', 'county', 'zone']);

/**
 * The regions below `code` that report figures of their own, each with its headline figure,
 * so a reader sees at once where the data is. `more` counts those left out by `limit`.
 */
export function dataPlaces(
  model: DashboardModel,
  code: string,
  limit = 12,
): { places: DataPlace[]; more: number } {
  const all = model
    .regionsWithData()
    .filter(
      (r) => r.code !== code && PLACE_LEVELS.has(r.level) && model.regions.isWithin(r.code, code),
    );
  const places = all.slice(0, limit).map((region): DataPlace => {
    const f = model.facts(region.code);
    return {
      region,
      figure:
        headlineFigures(model, region.code, model.defaultYear(region.code)).find(
          (h) => h.value !== null,
        ) ?? null,
      rows:
        f.indicators.length +
        f.funds.length +
        f.infrastructure.length +
        f.milestones.length +
        f.villages.length,
    };
  });
  // Places with a headline figure lead; the rest keep the region list's order.
  places.sort((a, b) => Number(b.figure !== null) - Number(a.figure !== null));
  return { places, more: all.length - places.length };
}
