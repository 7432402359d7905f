import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { earlyFetchScript } from './src/modes/embed/earlyFetchScript';

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
