import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The render CLI as one bundled file for plain node: loading ~400 modules through tsx costs about
 * 2 s a process, the bundle starts in a fraction of that. Everything is bundled except resvg,
 * whose native binding has to be loaded from node_modules.
 */
export default defineConfig({
  root: ROOT,
  logLevel: 'warn',
  build: {
    ssr: resolve(ROOT, 'src/cli/render.ts'),
    outDir: resolve(ROOT, '.cache/cli'),
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    // One file: the launcher moves it into place whole (the charts' lazy modules inlined).
    rollupOptions: { output: { entryFileNames: 'render.mjs', codeSplitting: false } },
  },
  ssr: { noExternal: true, external: ['@resvg/resvg-js'] },
});
