import type { Lang } from '../../i18n/format';
import type { ThemeChoice, ViewId } from '../../app/urlState';

/** Views a wall screen can show: every dashboard view but the sources list. */
export const SCREEN_VIEWS = [
  'overview',
  'timeline',
  'targets',
  'funds',
  'infrastructure',
  'assistance',
  'people',
] as const satisfies readonly ViewId[];
export type ScreenView = (typeof SCREEN_VIEWS)[number];

/** The nation and the five seed regions, each with four views: a 24-slide playlist. */
export const DEFAULT_REGIONS = ['000000', '421202', '510802', '430600', '430372', '421200'];
export const DEFAULT_VIEWS: readonly ScreenView[] = ['overview', 'timeline', 'targets', 'funds'];

export interface Slide {
  region: string;
  view: ScreenView;
}

export interface ScreenParams {
  slides: Slide[];
  intervalMs: number;
  idleMs: number;
  refreshMs: number;
  year: number | null;
  /** `animation=0` for slow players and the soak: no animation frames between slides. */
  animation: boolean;
  lang: Lang;
  theme: ThemeChoice;
}

const list = (value: string | null, valid: (item: string) => boolean): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && valid(s));

/** Seconds from the URL, clamped; fractions are allowed so a soak can rotate quickly. */
function seconds(value: string | null, fallback: number, min: number): number {
  const n = value === null ? NaN : Number(value);
  return Math.round(Math.max(min, Number.isFinite(n) && n > 0 ? n : fallback) * 1000);
}

/**
 * `?mode=screen&regions=421202,510802&views=overview,funds&interval=20&idle=60&refresh=300`:
 * the playlist is every region with every view, region by region.
 */
export function parseScreenParams(search: string): ScreenParams {
  const p = new URLSearchParams(search);
  const regions = list(p.get('regions'), (c) => /^[0-9A-Za-z_-]{1,40}$/.test(c));
  const views = list(p.get('views'), (v) =>
    (SCREEN_VIEWS as readonly string[]).includes(v),
  ) as ScreenView[];
  const year = p.get('year');
  const lang = p.get('lang');
  const theme = p.get('theme');
  return {
    slides: (regions.length > 0 ? regions : DEFAULT_REGIONS).flatMap((region) =>
      (views.length > 0 ? views : DEFAULT_VIEWS).map((view) => ({ region, view })),
    ),
    intervalMs: seconds(p.get('interval'), 20, 0.02),
    idleMs: seconds(p.get('idle'), 60, 0.02),
    refreshMs: seconds(p.get('refresh'), 300, 0.5),
    year: year && /^\d{4}$/.test(year) ? Number(year) : null,
    animation: p.get('animation') !== '0',
    lang: lang === 'en' ? 'en' : 'zh',
    theme: theme === 'light' || theme === 'auto' ? theme : 'dark',
  };
}
