import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Layers flow one way: data → model → charts → export/view → modes. Lower layers never import upper ones.
const upper = (...dirs) =>
  dirs.map((d) => ({
    group: [`**/${d}/**`, `../${d}/*`, `../../${d}/*`],
    message: `lower layers must not import ${d}/`,
  }));
const noReact = {
  group: ['react', 'react-dom', 'react-dom/*', 'echarts-for-react', 'echarts-for-react/*'],
  message: 'pure layer: no React',
};
const noEcharts = {
  group: ['echarts', 'echarts/*'],
  message: 'pure layer: no echarts (register modules in src/charts/echartsSetup.ts)',
};

/** A mode imports the kit and the layers below, never another mode. */
const otherModes = (mode) =>
  ['dashboard', 'screen', 'embed']
    .filter((m) => m !== mode)
    .map((m) => ({
      group: [`**/modes/${m}/**`, `../${m}/*`, `../../${m}/*`],
      message: `a mode never imports another mode (${m}); shared parts belong in src/view`,
    }));
// The pure layers run in Node (CLI), the worker and the page alike: no browser or worker globals.
const browserGlobals = [
  'window',
  'document',
  'self',
  'navigator',
  'location',
  'fetch',
  'Worker',
  'postMessage',
  'localStorage',
  'indexedDB',
  'XMLHttpRequest',
].map((name) => ({ name, message: 'src/data is pure: take what you need as an argument' }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.cache', 'public', 'coverage'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noReact,
            noEcharts,
            ...upper('model', 'charts', 'load', 'view', 'export', 'i18n', 'modes'),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['src/load/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noReact, noEcharts, ...upper('charts', 'view', 'export', 'modes')] },
      ],
    },
  },
  {
    files: ['src/model/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noReact, noEcharts, ...upper('charts', 'load', 'view', 'export', 'modes')] },
      ],
    },
  },
  {
    files: ['src/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noReact, ...upper('load', 'view', 'export', 'modes')] },
      ],
    },
  },
  {
    files: ['src/export/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noReact, ...upper('view', 'modes')] }],
    },
  },
  {
    files: ['src/view/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/modes/**', '../modes/*'], message: 'the view kit never imports a mode' },
          ],
        },
      ],
    },
  },
  ...['dashboard', 'screen', 'embed'].map((mode) => ({
    files: [`src/modes/${mode}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: otherModes(mode) }] },
  })),
);
