import type { DashboardModel } from '../model/dashboardModel';

/**
 * The GeoJSON maps in public/maps/, by map name. A map's name is the code of the region whose
 * children are its features. The nation is registered as `000000`, never `china`: ECharts
 * special-cases a map named `china` (South China Sea inset, renamed regions).
 */
const MAP_FILES: Readonly<Record<string, string>> = {
  '000000': 'china.json',
  '420000': '420000.json',
  '430000': '430000.json',
  '510000': '510000.json',
  '421200': '421200.json',
  '430300': '430300.json',
  '430600': '430600.json',
  '510800': '510800.json',
};

export const MAP_NAMES: readonly string[] = Object.keys(MAP_FILES);

export const hasMap = (name: string): boolean => Object.hasOwn(MAP_FILES, name);

export function mapFileFor(name: string): string {
  const file = MAP_FILES[name];
  if (file === undefined) throw new Error(`no map file for ${name}`);
  return file;
}

export interface MapChoice {
  /** Map name, also the code of the region whose children are drawn. */
  map: string;
  /** The child of the map region on the selected region's path; null when the map is its own. */
  highlight: string | null;
}

/** The region's own map when one exists, else the nearest ancestor's with the region marked. */
export function mapForRegion(model: DashboardModel, code: string): MapChoice | null {
  const path = model.regions.path(code);
  for (let i = path.length - 1; i >= 0; i--) {
    const map = path[i]!.code;
    if (hasMap(map)) return { map, highlight: path[i + 1]?.code ?? null };
  }
  return null;
}
