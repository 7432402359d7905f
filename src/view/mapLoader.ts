import { echarts } from '../charts/echartsCore';
import { mapFileFor, mapsOfFile, type GeoFeatureCollection } from '../charts/mapCatalog';

const files = new Map<string, Promise<ReadonlySet<string>>>();

const registerMap = (name: string, geo: GeoFeatureCollection): void =>
  echarts.registerMap(name, geo as Parameters<typeof echarts.registerMap>[1]);

/**
 * Fetches a map file once per page and registers every map it holds: the first drill into a
 * province fetches its one file, which also draws each of its prefectures. Resolves with the
 * names registered.
 */
function loadFile(name: string): Promise<ReadonlySet<string>> {
  const file = mapFileFor(name);
  let p = files.get(file);
  if (!p) {
    p = fetch(new URL(`maps/${file}`, document.baseURI))
      .then((res) => {
        if (!res.ok) throw new Error(`map ${file}: HTTP ${res.status}`);
        return res.json();
      })
      .then((json: unknown) => {
        const maps = mapsOfFile(name, json);
        for (const [map, geo] of maps) registerMap(map, geo);
        return new Set(maps.keys());
      });
    p.catch(() => files.delete(file));
    files.set(file, p);
  }
  return p;
}

/**
 * Registers the named maps: those drawn from the dataset's own boundaries (`own`) as given,
 * the others by fetching the files they are in; later calls share the fetches.
 */
export function ensureMaps(
  names: readonly string[],
  own?: ReadonlyMap<string, GeoFeatureCollection>,
): Promise<void> {
  return Promise.all(
    names.map((name) => {
      const geo = own?.get(name);
      // Registered each time: another dataset's boundaries may have used the same name.
      if (geo) return registerMap(name, geo);
      return loadFile(name).then((registered) => {
        if (!registered.has(name)) throw new Error(`map ${name}: not in ${mapFileFor(name)}`);
      });
    }),
  ).then(() => undefined);
}
