import type { Lang } from '../../i18n/format';
import {
  DEFAULT_STATE,
  isRegionCode,
  parseViewState,
  VIEWS,
  type ThemeChoice,
  type ViewId,
} from '../../view/urlState';

/** Views a wall screen can show: every dashboard view but the sources list. */
export type ScreenView = Exclude<ViewId, 'sources'>;
export const SCREEN_VIEWS: readonly ScreenView[] = VIEWS.filter(
  (v): v is ScreenView => v !== 'sources',
);

/** A view, or the map tour: one slide that visits each region with data in turn. */
export type SlideView = ScreenView | 'tour';
const SLIDE_VIEWS: readonly string[] = [...SCREEN_VIEWS, 'tour'];

export interface Slide {
  region: string;
  view: SlideView;
}

export interface ScreenParams {
  /** `regions=`, in order; null when the URL names none, and the data chooses (playlist.ts). */
  regions: string[] | null;
  /** Every code `regions=` gives, even one that is no code at all, so the wall can name it. */
  regionsGiven: string[];
  /** `views=`, in order; null when the URL names none. */
  views: SlideView[] | null;
  intervalMs: number;
  idleMs: number;
  refreshMs: number;
  year: number | null;
  /** `animation=0` for slow players and the soak: no animation frames between slides. */
  animation: boolean;
  /** `renderer=svg` draws the charts as SVG: sharp on any player, and its text can be measured. */
  renderer: 'canvas' | 'svg';
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
 * `screen.html?regions=421202,510802&views=overview,funds&interval=20&idle=60&refresh=300`
 * (old links `index.html?mode=screen&…` are sent here by index.html).
 * The regions and views named in the URL make the playlist; those not named, the data does.
 */
export function parseScreenParams(search: string): ScreenParams {
  const p = new URLSearchParams(search);
  const regions = list(p.get('regions'), isRegionCode);
  const views = list(p.get('views'), (v) => SLIDE_VIEWS.includes(v)) as SlideView[];
  // Year, language and theme read as on every page; a wall is dark unless told otherwise.
  const { year, lang, theme } = parseViewState(search, { ...DEFAULT_STATE, theme: 'dark' });
  return {
    regions: regions.length > 0 ? regions : null,
    regionsGiven: list(p.get('regions'), () => true),
    views: views.length > 0 ? views : null,
    intervalMs: seconds(p.get('interval'), 20, 0.02),
    idleMs: seconds(p.get('idle'), 60, 0.02),
    refreshMs: seconds(p.get('refresh'), 300, 0.5),
    year,
    animation: p.get('animation') !== '0',
    renderer: p.get('renderer') === 'svg' ? 'svg' : 'canvas',
    lang,
    theme,
  };
}
