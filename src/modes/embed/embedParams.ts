import type { ChartId } from '../../charts/chartTypes';
import { isChartId } from '../../charts/registry';
import { DEFAULT_STATE, parseViewState, type ViewState } from '../../app/urlState';

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
  };
}
