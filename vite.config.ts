import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CHART_FOLDERS } from './src/charts/chartList';
import { CHART_IDS } from './src/charts/chartTypes';
import { fsReader } from './src/cli/fsReader';
import { readDataset } from './src/data/readDataset';
import { MANIFEST_FILE } from './src/data/schema';
import { chartDataFile, chartDataJson } from './src/modes/embed/chartData';
import { earlyFetchScript } from './src/modes/embed/earlyFetchScript';

const BUNDLED_DATA = resolve(import.meta.dirname, 'public/data');

// One HTML entry per mode, so the wall and an embed never download the dashboard.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    {
      // The embed's data requests start from the HTML, before its JavaScript has arrived.
      name: 'embed-early-fetch',
      transformIndexHtml: {
        order: 'pre',
        handler: (html, { path }) =>
          path.endsWith('/embed.html')
            ? [{ tag: 'script', children: earlyFetchScript(), injectTo: 'head' }]
            : html,
      },
    },
    {
      // Each chart's tables of the bundled dataset, validated now, for its embed (chartData.ts).
      name: 'embed-chart-data',
      apply: 'build',
      async generateBundle() {
        const read = fsReader(BUNDLED_DATA);
        const manifest = await readFile(resolve(BUNDLED_DATA, MANIFEST_FILE)).catch(() => null);
        for (const id of CHART_IDS) {
          const { tables } = (await CHART_FOLDERS[id]()).default;
          const result = await readDataset(read, { tables });
          this.emitFile({
            type: 'asset',
            fileName: `data/${chartDataFile(id)}`,
            source: chartDataJson(result, manifest && new Uint8Array(manifest)),
          });
        }
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
