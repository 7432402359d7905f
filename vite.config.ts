import { defineConfig, runnerImport } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const BUNDLED_DATA = resolve(import.meta.dirname, 'public/data');

type EmbedAssets = typeof import('./scripts/build/embedAssets');
let loadedAssets: Promise<EmbedAssets> | undefined;
/**
 * The embed's build steps, loaded through Vite's module runner the first time a hook needs
 * them, once for both hooks: importing the source tree here would bundle it into the config
 * (and Vite warns about every import in it).
 */
const embedAssets = (): Promise<EmbedAssets> =>
  (loadedAssets ??= runnerImport<EmbedAssets>(
    resolve(import.meta.dirname, 'scripts/build/embedAssets.ts'),
    { configFile: false, logLevel: 'warn' },
  ).then((r) => r.module));

// One HTML entry per mode, so the wall and an embed never download the dashboard.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    {
      // The embed's data and its chart's code are requested from the HTML, before the page's
      // JavaScript has arrived (rather than by it, and the code after two imports in turn);
      // placed before the page's script and stylesheet, which a classic script waits for.
      name: 'embed-early-requests',
      transformIndexHtml: {
        order: 'post',
        handler: async (html, { path, bundle, chunk }) => {
          if (!path.endsWith('/embed.html')) return html;
          const assets = await embedAssets();
          const scripts = [assets.earlyFetchScript()];
          if (bundle && chunk)
            scripts.push(
              assets.modulePreloadScript(
                assets.chartPreloads(bundle, chunk.fileName, assets.CHART_IDS),
              ),
            );
          const inline = scripts.map((s) => `<script>${s}</script>\n    `).join('');
          return html.replace('<script type="module"', `${inline}<script type="module"`);
        },
      },
    },
    {
      // Each chart's tables of the bundled dataset, validated now, for its embed (chartData.ts).
      name: 'embed-chart-data',
      apply: 'build',
      async generateBundle() {
        for (const asset of await (await embedAssets()).embedChartData(BUNDLED_DATA))
          this.emitFile({ type: 'asset', ...asset });
      },
    },
  ],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        screen: resolve(import.meta.dirname, 'screen.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
  worker: { format: 'es' },
});
