import { echarts } from '../charts/echartsSetup';
import { mapFileFor } from '../charts/mapCatalog';

const loading = new Map<string, Promise<void>>();

/** Fetches and registers each GeoJSON map once per page; later calls share the promise. */
export function ensureMaps(names: readonly string[]): Promise<void> {
  return Promise.all(
    names.map((name) => {
      let p = loading.get(name);
      if (!p) {
        p = fetch(new URL(`maps/${mapFileFor(name)}`, document.baseURI))
          .then((res) => {
            if (!res.ok) throw new Error(`map ${name}: HTTP ${res.status}`);
            return res.json();
          })
          .then((geo: Parameters<typeof echarts.registerMap>[1]) => echarts.registerMap(name, geo));
        p.catch(() => loading.delete(name));
        loading.set(name, p);
      }
      return p;
    }),
  ).then(() => undefined);
}
