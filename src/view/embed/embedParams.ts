import { isChartId, type ChartId } from '../../charts/chartTypes';
import { DEFAULT_STATE, parseViewState, type ViewState } from '../urlState';

/** An embed follows the reader's colour scheme unless the snippet says otherwise. */
export const EMBED_DEFAULTS: ViewState = { ...DEFAULT_STATE, theme: 'auto' };

export type ChartParam = { ok: true; id: ChartId } | { ok: false; given: string | null };

export interface EmbedParams {
  chart: ChartParam;
  state: ViewState;
  /** Names this frame in its resize messages, for hosts that listen themselves. */
  frameId: string;
  /** For hosts with a coloured background: no page background of our own. */
  transparent: boolean;
  /** The newsroom's takeaway line under the title, as plain text; '' when none. */
  subtitle: string;
  /** `region=` as given, even when it is no code at all: the page says it was not found. */
  regionGiven: string | null;
}

/** Longer than a sentence is an article, not a takeaway: cut so it cannot swamp the chart. */
export const SUBTITLE_MAX = 160;

/** One line of plain text: control characters and runs of spaces go, and the length is capped. */
export function cleanSubtitle(raw: string | null): string {
  const text = (raw ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...text].length > SUBTITLE_MAX
    ? `${[...text].slice(0, SUBTITLE_MAX - 1).join('')}…`
    : text;
}

export function parseEmbedParams(search: string): EmbedParams {
  const p = new URLSearchParams(search);
  const given = p.get('chart');
  const chart: ChartParam =
    given !== null && isChartId(given) ? { ok: true, id: given } : { ok: false, given };
  const state = parseViewState(search, EMBED_DEFAULTS);
  const id = p.get('id');
  return {
    chart,
    state,
    frameId: id !== null && /^[\w:.-]{1,80}$/.test(id) ? id : `${given ?? ''}-${state.region}`,
    transparent: p.get('transparent') === '1',
    subtitle: cleanSubtitle(p.get('subtitle')),
    regionGiven: p.get('region'),
  };
}
