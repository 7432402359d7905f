import type { ChartId } from '../../charts/chartTypes';
import { contextFor } from '../../charts/chartContext';
import { getChart } from '../../charts/registry';
import { VIEW_CHARTS } from '../../view/viewCharts';
import type { Level } from '../../data/types';
import type { DashboardModel } from '../../model/dashboardModel';
import { headlineFigures } from '../../model/headline';
import { SCREEN_VIEWS, type ScreenView, type Slide, type SlideView } from './screenParams';

/** What the playlist needs to know of the data, as plain questions, so it is built without it. */
export interface PlaylistData {
  /** Regions a wall would show (nation to county), nation first: the order of the rotation. */
  regions: readonly string[];
  /** Whether the region has figures for this chart (else it says "no data"). */
  drawn: (region: string, chart: ChartId) => boolean;
  /** Whether the region has a headline figure. */
  hasFigures: (region: string) => boolean;
}

const NATION = '000000';

/**
 * A view holds figures for a region when at least half its own charts are drawn: its other
 * panels are filled with the region's charts that are, so no slide is mostly "no data". The
 * overview's map is drawn for every region, hatched where it is empty: there it is the hero
 * numbers that count.
 */
function holdsFigures(view: ScreenView, region: string, data: PlaylistData): boolean {
  if (view === 'overview') return data.hasFigures(region);
  const own = VIEW_CHARTS[view];
  return own.filter((id) => data.drawn(region, id)).length * 2 >= own.length;
}

/** The regions the map tour visits: every region with figures below the nation. */
export const tourStops = (data: PlaylistData): string[] =>
  data.regions.filter((r) => r !== NATION && data.hasFigures(r));

/**
 * The rotation. Regions and views the URL names are kept as named, region by region; what it
 * leaves out comes from the data: the regions with headline figures, each with the views that hold
 * figures for it, and, when the URL names no regions either, the map tour after the first
 * region if it has two stops or more. A
 * region named in the URL with no view holding figures still shows its overview.
 */
export function buildPlaylist(
  regions: readonly string[] | null,
  views: readonly SlideView[] | null,
  data: PlaylistData,
): Slide[] {
  // A region without a headline figure has too little for a wall (a county its prefecture's
  // report mentions in passing); the dashboard still shows it.
  const chosen = regions ?? data.regions.filter((r) => data.hasFigures(r));
  const tour = views ? views.includes('tour') : regions === null && tourStops(data).length >= 2;
  const slides = chosen.flatMap((region): Slide[] => {
    if (views) return views.filter((v) => v !== 'tour').map((view) => ({ region, view }));
    const held = SCREEN_VIEWS.filter((v) => holdsFigures(v, region, data));
    return (held.length > 0 ? held : (['overview'] as const)).map((view) => ({ region, view }));
  });
  if (!tour) return slides;
  // After the first region's slides: the nation's figures first, then where they come from.
  const first = slides.findIndex((s) => s.region !== slides[0]?.region);
  const at = first < 0 ? slides.length : first;
  return [...slides.slice(0, at), { region: NATION, view: 'tour' }, ...slides.slice(at)];
}

/** Levels a wall shows: townships and villages are the dashboard's, read up close. */
const WALL_LEVELS: ReadonlySet<Level> = new Set([
  'nation',
  'province',
  'prefecture',
  'county',
  'zone',
]);

/** The questions buildPlaylist asks, answered from the model at each region's year. */
export function playlistData(model: DashboardModel, year: number | null): PlaylistData {
  const nation = model.region(NATION);
  const regions = [
    ...(nation ? [nation] : []),
    ...model.regionsWithData().filter((r) => r.code !== NATION && WALL_LEVELS.has(r.level)),
  ].map((r) => r.code);
  const ctx = (region: string) => contextFor(model, { region, year });
  const drawn = new Map<string, boolean>();
  return {
    regions,
    drawn: (region, chart) => {
      const key = `${region}/${chart}`;
      let has = drawn.get(key);
      if (has === undefined) {
        has = getChart(chart).build(model, ctx(region)).option !== null;
        drawn.set(key, has);
      }
      return has;
    },
    hasFigures: (region) =>
      headlineFigures(model, region, ctx(region).year).some((f) => f.value !== null),
  };
}
