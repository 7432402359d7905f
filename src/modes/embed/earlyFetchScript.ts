import { CHART_IDS } from '../../charts/chartTypes';
import { MANIFEST_FILE } from '../../data/schema';
import { chartDataFile } from './chartData';
import { EARLY_FETCHES } from './earlyFetch';

/** The bundled dataset's files each chart's embed reads: the manifest and its chart's data. */
export function embedFiles(): Record<string, string[]> {
  return Object.fromEntries(CHART_IDS.map((id) => [id, [MANIFEST_FILE, chartDataFile(id)]]));
}

/**
 * The inline script for embed.html (written at build time, see vite.config.ts): for the
 * bundled dataset (no `?data=`), starts the requests of the chart's files at once, as
 * fetchReader makes them, and leaves them for the page (earlyFetch.ts). Anything it does not
 * know (another dataset, an unknown chart) it leaves to the page.
 */
export function earlyFetchScript(files: Record<string, string[]> = embedFiles()): string {
  return `(function () {
  var q = new URLSearchParams(location.search);
  var files = ${JSON.stringify(files)}[q.get('chart')];
  if (q.get('data') || !files || !window.fetch) return;
  var early = (window[${JSON.stringify(EARLY_FETCHES)}] = {});
  files.forEach(function (f) {
    var url = new URL('data/' + f, location.href).href;
    var started = fetch(url, { cache: 'no-cache' });
    started.catch(function () {}); // a failure is the page's to report, when it reads the file
    early[url] = started;
  });
})();`;
}
