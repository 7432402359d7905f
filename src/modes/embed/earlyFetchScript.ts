import { CHART_IDS } from '../../charts/chartTypes';
import { MANIFEST_FILE } from '../../data/schema';
import { chartDataFile } from '../../view/builtData';
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

/**
 * The inline script that asks at once for the chart's code (its definition and ECharts modules,
 * `files` by chart, from chartPreloads at build time), which the page would otherwise request
 * only after its own script ran and then the definition arrived: two round trips fewer before
 * the chart is drawn.
 */
export function modulePreloadScript(files: Record<string, string[]>): string {
  return `(function () {
  var files = ${JSON.stringify(files)}[new URLSearchParams(location.search).get('chart')];
  (files || []).forEach(function (f) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = f;
    document.head.appendChild(link);
  });
})();`;
}
