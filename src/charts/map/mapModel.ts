import type { Level, Region, VillageExit } from '../../data/types';
import type { DashboardModel } from '../../model/dashboardModel';
import { METRICS, type MetricKey, type MetricValue } from '../../model/metrics';
import { mapForRegion } from '../mapCatalog';
import { villagesUnder } from '../../model/villageList';

export interface MapEntry {
  region: Region;
  /** null: no figure for this metric and year ("no data", never zero). */
  value: MetricValue | null;
  /** `area`: a feature of the map; `point`: no polygon of its own, drawn at its centroid. */
  shape: 'area' | 'point';
}

export interface MapData {
  region: Region;
  /** The map region's children, areas and polygon-less ones alike. */
  children: MapEntry[];
  /**
   * Points to draw: regions inside the map with rows of their own, so readers see where the
   * data is, and every polygon-less child, so none of the children goes undrawn.
   */
  markers: MapEntry[];
}

/** More pins than this bury the map (a province of a national dataset has ~100 counties). */
const MARKER_LIMIT = 40;

/** Townships and villages have no centroids and would bury the map in pins. */
const MARKER_LEVELS: ReadonlySet<Level> = new Set(['province', 'prefecture', 'county', 'zone']);

/**
 * What the map of `mapCode`'s children shows for one metric and year. A child whose `map`
 * column is empty has no polygon in any map file, so it can only be drawn as a point.
 */
export function mapData(
  model: DashboardModel,
  mapCode: string,
  key: MetricKey,
  year: number,
): MapData | null {
  const region = model.region(mapCode);
  if (!region) return null;
  const entry = (r: Region): MapEntry => ({
    region: r,
    value: model.metric(key, r.code, year),
    shape: r.map === '' ? 'point' : 'area',
  });
  const children = model.regions.children(mapCode).map(entry);
  const inside = model
    .regionsWithData()
    .filter(
      (r) =>
        r.code !== mapCode && MARKER_LEVELS.has(r.level) && model.regions.isWithin(r.code, mapCode),
    );
  // A national dataset has data everywhere: its choropleth shows where, and hundreds of pins
  // would bury it. Then only polygon-less children are pinned.
  const markers = (inside.length <= MARKER_LIMIT ? inside : []).map(entry);
  const shown = new Set(markers.map((m) => m.region.code));
  for (const c of children) if (c.shape === 'point' && !shown.has(c.region.code)) markers.push(c);
  return { region, children, markers };
}

/**
 * The first metric, in the selector's order, with a figure on an area or marker of the map a
 * region opens on; the first metric when there is none. The region's own figure does not
 * count: with it alone the map would move up to the parent's, away from the region's own
 * subdivisions (boundaries a user has just loaded, say).
 */
export function metricWithFigures(model: DashboardModel, code: string, year: number): MetricKey {
  const map = mapForRegion(model, code)?.map;
  const hasFigure = (key: MetricKey, r: Region) => model.metric(key, r.code, year) !== null;
  // The map's areas first: in a national dataset they answer at once, without the markers'
  // walk over every region with data, which runs on every region switch.
  const hasFigures = (key: MetricKey) =>
    map !== undefined &&
    (model.regions.children(map).some((r) => hasFigure(key, r)) ||
      !!mapData(model, map, key, year)?.markers.some((e) => e.value !== null));
  return METRICS.find(hasFigures) ?? METRICS[0];
}

export interface VillagePoint {
  region: Region;
  exit: VillageExit;
  coord: readonly [number, number];
}

const VILLAGE_LEVELS: ReadonlySet<Level> = new Set(['county', 'zone', 'township', 'village']);

/** Counties hold a few hundred poor villages; past this a map of dots says nothing more. */
const VILLAGE_POINT_LIMIT = 3000;

/**
 * The villages to draw as points on the map of a county (or zone, or a township in one): those
 * with an exit row and lon/lat in regions.csv. Above the county, none: 128,000 dots on a province.
 */
export function villagePoints(model: DashboardModel, code: string): VillagePoint[] {
  const region = model.region(code);
  if (!region || !VILLAGE_LEVELS.has(region.level)) return [];
  return villagesUnder(model, code, VILLAGE_POINT_LIMIT).flatMap((exit) => {
    const v = model.region(exit.villageCode);
    return v && v.lon !== null && v.lat !== null
      ? [{ region: v, exit, coord: [v.lon, v.lat] as const }]
      : [];
  });
}

export interface PlacedEntry {
  entry: MapEntry;
  coord: readonly [number, number];
}

const mean = (xs: readonly number[]) =>
  Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 1e4) / 1e4;

/**
 * The children of a region without polygons of their own (a county's townships), as dots: each
 * at its lon/lat in regions.csv, else at the centre of its villages' points. Children that can
 * be placed neither way are left out (the table lists them as not drawn).
 */
export function childDots(
  model: DashboardModel,
  code: string,
  key: MetricKey,
  year: number,
): PlacedEntry[] {
  const children = model.regions.children(code).filter((c) => c.map === '');
  if (children.length === 0) return [];
  const villages = villagePoints(model, code);
  return children.flatMap((region) => {
    const entry: MapEntry = { region, value: model.metric(key, region.code, year), shape: 'point' };
    if (region.lon !== null && region.lat !== null)
      return [{ entry, coord: [region.lon, region.lat] as const }];
    const inside = villages.filter((v) => model.regions.isWithin(v.region.code, region.code));
    if (inside.length === 0) return [];
    return [
      {
        entry,
        coord: [mean(inside.map((v) => v.coord[0])), mean(inside.map((v) => v.coord[1]))] as const,
      },
    ];
  });
}
