import { echarts } from '../charts/echartsCore';
import { mapFileFor, mapsOfFile } from '../charts/mapCatalog';

const files = new Map<string, Promise<ReadonlySet<string>>>();

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
        for (const [map, geo] of maps)
          echarts.registerMap(map, geo as Parameters<typeof echarts.registerMap>[1]);
        return new Set(maps.keys());
      });
    p.catch(() => files.delete(file));
    files.set(file, p);
  }
  return p;
}

/** Registers the named maps, fetching the files they are in; later calls share the fetches. */
export function ensureMaps(names: readonly string[]): Promise<void> {
  return Promise.all(
    names.map((name) =>
      loadFile(name).then((registered) => {
        if (!registered.has(name)) throw new Error(`map ${name}: not in ${mapFileFor(name)}`);
      }),
    ),
  ).then(() => undefined);
}
