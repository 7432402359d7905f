import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ViewState } from '../../src/view/urlState';
import {
  EMBED_CHROME_HEIGHT,
  MAX_CHART_HEIGHT,
  MIN_CHART_HEIGHT,
  fallbackFrameHeight,
} from '../../src/view/embed/embedHeight';
import {
  embedUrl,
  iframeSnippet,
  scriptSnippet,
  type EmbedOptions,
} from '../../src/view/embed/snippets';

const BASE = 'https://example.org/pd/index.html?region=421202&view=timeline';
const state: ViewState = { ...DEFAULT_STATE, region: '421202', view: 'timeline' };
const opts = (over: Partial<EmbedOptions> = {}): EmbedOptions => ({
  chartId: 'exit-timeline',
  state,
  theme: 'light',
  transparent: false,
  data: null,
  subtitle: '',
  ...over,
});

/** Attributes of the single tag in an HTML snippet, decoded as a browser would. */
function attrs(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  const tag = html.match(/^<(\w+)([^>]*)>/)![2]!;
  for (const m of tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g))
    out[m[1]!] = (m[2] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return out;
}

describe('embed URL', () => {
  it('is absolute, next to the dashboard, and names chart, region, language and theme', () => {
    const url = new URL(embedUrl(opts({ theme: 'auto' }), BASE));
    expect(url.origin + url.pathname).toBe('https://example.org/pd/embed.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      chart: 'exit-timeline',
      region: '421202',
      lang: 'zh',
      theme: 'auto',
    });
  });

  it('writes the light theme and Chinese even though they are the dashboard defaults', () => {
    const p = new URL(embedUrl(opts(), BASE)).searchParams;
    expect(p.get('theme')).toBe('light');
    expect(p.get('lang')).toBe('zh');
  });

  it('keeps the year, metric, patterns, transparency and the data folder the view uses', () => {
    const url = embedUrl(
      opts({
        state: { ...state, year: 2017, metric: 'funds', decal: true, lang: 'en' },
        transparent: true,
        data: 'other/data/',
      }),
      BASE,
    );
    const p = new URL(url).searchParams;
    expect(p.get('year')).toBe('2017');
    expect(p.get('metric')).toBe('funds');
    expect(p.get('decal')).toBe('1');
    expect(p.get('lang')).toBe('en');
    expect(p.get('transparent')).toBe('1');
    expect(p.get('data')).toBe('https://example.org/pd/other/data/');
    expect(p.has('view')).toBe(false);
  });
});

describe('iframe snippet', () => {
  it('has the attributes hosts need: full width, fixed fallback height, title, lazy, data-pd-embed', () => {
    const a = attrs(iframeSnippet(opts(), '咸安区 · 贫困村出列进度', 360, BASE));
    expect(a.src).toBe(embedUrl(opts(), BASE));
    expect(a.title).toBe('咸安区 · 贫困村出列进度');
    expect(a.height).toBe(String(360 + EMBED_CHROME_HEIGHT));
    expect(a.style).toBe('width:100%;border:0');
    expect(a.loading).toBe('lazy');
    expect('data-pd-embed' in a).toBe(true);
  });

  it('escapes a hostile region name in the title and the ampersands of the URL', () => {
    const html = iframeSnippet(opts(), '"><script>alert(1)</script>', 360, BASE);
    expect(html).not.toContain('<script>');
    expect(html.match(/<iframe /g)).toHaveLength(1);
    expect(html).toMatch(/src="[^"]*chart=exit-timeline&amp;region=421202/);
    expect(attrs(html).title).toBe('"><script>alert(1)</script>');
  });

  it('bounds the fallback height of very short and very tall charts', () => {
    expect(fallbackFrameHeight(0)).toBe(MIN_CHART_HEIGHT + EMBED_CHROME_HEIGHT);
    expect(fallbackFrameHeight(99_999)).toBe(MAX_CHART_HEIGHT + EMBED_CHROME_HEIGHT);
    expect(fallbackFrameHeight(931.4)).toBe(931 + EMBED_CHROME_HEIGHT);
  });
});

describe('script snippet', () => {
  it('loads embed.js from the dashboard folder, async', () => {
    expect(scriptSnippet(BASE)).toBe(
      '<script src="https://example.org/pd/embed.js" async></script>',
    );
  });
});
