import type { ChartId } from '../../charts/chartTypes';
import { escapeHtml } from '../../charts/escapeHtml';
import type { ThemeChoice, ViewState } from '../urlState';
import { fallbackFrameHeight } from './embedHeight';

export interface EmbedOptions {
  chartId: ChartId;
  state: ViewState;
  theme: ThemeChoice;
  transparent: boolean;
  /** The dashboard's own `?data=` folder, if it was opened with one. */
  data: string | null;
  /** The takeaway line under the title; '' for none. */
  subtitle: string;
}

/**
 * The embed page's address. Theme and language are always written: a snippet pasted
 * elsewhere must not depend on defaults that may change.
 */
export function embedUrl(o: EmbedOptions, baseUri: string): string {
  const p = new URLSearchParams({ chart: o.chartId, region: o.state.region });
  if (o.state.year !== null) p.set('year', String(o.state.year));
  if (o.state.metric !== null) p.set('metric', o.state.metric);
  p.set('lang', o.state.lang);
  p.set('theme', o.theme);
  if (o.state.decal) p.set('decal', '1');
  if (o.transparent) p.set('transparent', '1');
  if (o.subtitle.trim() !== '') p.set('subtitle', o.subtitle.trim());
  if (o.data !== null) p.set('data', new URL(o.data, baseUri).href);
  return new URL(`embed.html?${p.toString()}`, baseUri).href;
}

/**
 * The iframe alone works on hosts that strip scripts: full width, a fixed height that fits
 * the chart at the dashboard's width; embed.js then sets the exact height.
 */
export function iframeSnippet(
  o: EmbedOptions,
  title: string,
  chartHeight: number,
  baseUri: string,
): string {
  const attrs = [
    `src="${escapeHtml(embedUrl(o, baseUri))}"`,
    `title="${escapeHtml(title)}"`,
    `height="${fallbackFrameHeight(chartHeight)}"`,
    'style="width:100%;border:0"',
    'loading="lazy"',
    'data-pd-embed',
  ];
  return `<iframe ${attrs.join(' ')}></iframe>`;
}

export const hostScriptUrl = (baseUri: string): string => new URL('embed.js', baseUri).href;

export const scriptSnippet = (baseUri: string): string =>
  `<script src="${escapeHtml(hostScriptUrl(baseUri))}" async></script>`;
