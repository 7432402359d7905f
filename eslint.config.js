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
);
