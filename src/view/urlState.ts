import type { Lang } from '../i18n/format';
import { METRICS, type MetricKey } from '../model/metrics';

export const VIEWS = [
  'overview',
  'timeline',
  'targets',
  'funds',
  'infrastructure',
  'assistance',
  'people',
  'sources',
] as const;
export type ViewId = (typeof VIEWS)[number];

/** Each view's name as its tab and the wall's header say it: [zh, en]. */
export const VIEW_LABELS: Record<ViewId, [string, string]> = {
  overview: ['总览地图', 'Map'],
  timeline: ['出列进度', 'Exit timeline'],
  targets: ['目标完成', 'Targets'],
  funds: ['扶贫资金', 'Funds'],
  infrastructure: ['基础设施', 'Infrastructure'],
  assistance: ['帮扶力量', 'Assistance'],
  people: ['贫困人口', 'Who is poor'],
  sources: ['数据来源', 'Sources'],
};
export type ThemeChoice = 'light' | 'dark' | 'auto';

/** The whole view, as the URL holds it: a copied link reopens exactly this. */
export interface ViewState {
  region: string;
  view: ViewId;
  /** null: the latest year with data. */
  year: number | null;
  /** null: the first metric the region's map has figures for (contextFor). */
  metric: MetricKey | null;
  lang: Lang;
  theme: ThemeChoice;
  decal: boolean;
}

export const DEFAULT_STATE: ViewState = {
  region: '000000',
  view: 'overview',
  year: null,
  metric: null,
  lang: 'zh',
  theme: 'light',
  decal: false,
};

/** A region code as the URL may carry it: letters, digits, '_' and '-', at most 40. */
export const isRegionCode = (code: string): boolean => /^[0-9A-Za-z_-]{1,40}$/.test(code);

const oneOf = <T extends string, F extends T | null>(
  values: readonly T[],
  v: string | null,
  fallback: F,
): T | F => (v !== null && (values as readonly string[]).includes(v) ? (v as T) : fallback);

/** The one reading of the shared parameters; each mode passes its own defaults. */
export function parseViewState(search: string, defaults: ViewState = DEFAULT_STATE): ViewState {
  const p = new URLSearchParams(search);
  const region = p.get('region');
  const year = p.get('year');
  return {
    region: region && isRegionCode(region) ? region : defaults.region,
    view: oneOf(VIEWS, p.get('view'), defaults.view),
    year: year && /^\d{4}$/.test(year) ? Number(year) : defaults.year,
    metric: oneOf(METRICS, p.get('metric'), defaults.metric),
    lang: oneOf(['zh', 'en'] as const, p.get('lang'), defaults.lang),
    theme: oneOf(['light', 'dark', 'auto'] as const, p.get('theme'), defaults.theme),
    decal: p.has('decal') ? p.get('decal') === '1' : defaults.decal,
  };
}

/**
 * Writes the state into a query string, keeping parameters that belong to others
 * (mode, data, rotation settings) and leaving out defaults so links stay short.
 */
export function serializeViewState(state: ViewState, base = ''): string {
  const p = new URLSearchParams(base);
  const set = (key: string, value: string, dflt: string) =>
    value === dflt ? p.delete(key) : p.set(key, value);
  set('region', state.region, DEFAULT_STATE.region);
  set('view', state.view, DEFAULT_STATE.view);
  set('year', state.year === null ? '' : String(state.year), '');
  set('metric', state.metric ?? '', '');
  set('lang', state.lang, DEFAULT_STATE.lang);
  set('theme', state.theme, DEFAULT_STATE.theme);
  set('decal', state.decal ? '1' : '0', '0');
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

/**
 * `region=` exactly as the URL gives it, even when it is no code at all, so a view can say it
 * was not found rather than quietly show the nation in its place.
 */
export function regionParam(search: string): string | null {
  return new URLSearchParams(search).get('region');
}

/** Region or view changes are steps the back button should undo; the rest are not. */
export function isNavigation(a: ViewState, b: ViewState): boolean {
  return a.region !== b.region || a.view !== b.view;
}
