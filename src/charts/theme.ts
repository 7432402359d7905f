export type ThemeName = 'light' | 'dark';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

export interface ThemeColors {
  text: string;
  muted: string;
  axis: string;
  grid: string;
  background: string;
  noData: string;
  planned: string;
  actual: string;
  target: string;
  good: string;
  warn: string;
  bad: string;
  /** Sequential ramp for choropleths, light to dark. */
  ramp: string[];
}

export const THEMES: Record<ThemeName, ThemeColors> = {
  light: {
    text: '#1a1a1a',
    muted: '#555555',
    axis: '#8a8a8a',
    grid: '#e5e5e5',
    background: '#ffffff',
    noData: '#d9d9d9',
    planned: '#56B4E9',
    actual: '#0072B2',
    target: '#E69F00',
    good: '#009E73',
    warn: '#E69F00',
    bad: '#D55E00',
    ramp: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  },
  dark: {
    text: '#f0f0f0',
    muted: '#b8b8b8',
    axis: '#8f8f8f',
    grid: '#333a45',
    background: '#0d1117',
    noData: '#3a3f47',
    planned: '#56B4E9',
    actual: '#7fc4ff',
    target: '#F0B429',
    good: '#2fc69a',
    warn: '#F0B429',
    bad: '#ff7b4a',
    ramp: ['#1c2b3a', '#1f4e79', '#2e75b6', '#56B4E9', '#bde3ff'],
  },
};

/**
 * System CJK fonts first, so canvas, SVG and the CLI rasteriser measure the same glyphs.
 * Single quotes: the SVG renderer puts this inside style="…" attributes.
 */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
