import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/charts/chartTypes';
import { getChart } from '../../src/charts/registry';
import { parseViewState } from '../../src/view/urlState';
import { VIEW_CHARTS } from '../../src/view/viewCharts';
import { dashboardHref, sourceHref, viewOfChart } from '../../src/modes/embed/embedLinks';
import { parseEmbedParams } from '../../src/view/embed/embedParams';
import { PING_TYPE, RESIZE_TYPE, isPing, resizeMessage } from '../../src/view/embed/resizeMessage';

const BASE = 'https://example.org/pd/embed.html?chart=targets';

describe('embed parameters', () => {
  it('reads chart, region, year, language and theme; the theme follows the reader by default', () => {
    const p = parseEmbedParams('?chart=exit-timeline&region=421202&year=2017&lang=en');
    expect(p.chart).toEqual({ ok: true, id: 'exit-timeline' });
    expect(p.state).toMatchObject({ region: '421202', year: 2017, lang: 'en', theme: 'auto' });
    expect(p.transparent).toBe(false);
    expect(p.frameId).toBe('exit-timeline-421202');
  });

  it('reports an unknown or missing chart rather than guessing one', () => {
    expect(parseEmbedParams('?chart=pie&region=421202').chart).toEqual({ ok: false, given: 'pie' });
    expect(parseEmbedParams('?region=421202').chart).toEqual({ ok: false, given: null });
    expect(parseEmbedParams('?chart=toString').chart).toEqual({ ok: false, given: 'toString' });
  });

  it('takes a tidy frame id from id= and ignores one that could carry markup', () => {
    expect(parseEmbedParams('?chart=map&id=story-chart-1').frameId).toBe('story-chart-1');
    expect(parseEmbedParams('?chart=map&id=%3Cimg%3E').frameId).toBe('map-000000');
  });

  it('turns on transparency only for transparent=1', () => {
    expect(parseEmbedParams('?chart=map&transparent=1').transparent).toBe(true);
    expect(parseEmbedParams('?chart=map&transparent=yes').transparent).toBe(false);
  });
});

describe('dashboard link', () => {
  it('maps every chart to a view that shows it', () => {
    for (const id of CHART_IDS) expect(VIEW_CHARTS[viewOfChart(getChart(id))]).toContain(id);
  });

  it('opens index.html at the same region, view, year, language and theme', () => {
    const state = parseEmbedParams(
      '?chart=funds-use&region=510802&year=2016&lang=en&theme=dark',
    ).state;
    const url = new URL(
      dashboardHref(getChart('funds-use'), state, '?chart=funds-use&region=510802', BASE),
    );
    expect(url.origin + url.pathname).toBe('https://example.org/pd/index.html');
    expect(parseViewState(url.search)).toMatchObject({
      region: '510802',
      view: 'funds',
      year: 2016,
      lang: 'en',
      theme: 'dark',
    });
  });

  it('carries the auto theme and the ?data= folder, and drops embed-only parameters', () => {
    const search = '?chart=exit-timeline&region=421202&id=x&transparent=1&data=mine%2F';
    const url = new URL(
      dashboardHref(getChart('exit-timeline'), parseEmbedParams(search).state, search, BASE),
    );
    expect(url.searchParams.get('theme')).toBe('auto');
    expect(url.searchParams.get('data')).toBe('mine/');
    for (const key of ['chart', 'id', 'transparent']) expect(url.searchParams.has(key)).toBe(false);
  });

  it('links a source document by its file name, escaped', () => {
    expect(sourceHref('000_a b.txt', BASE)).toBe('https://example.org/pd/sources/000_a%20b.txt');
  });
});

describe('resize message', () => {
  it('has the shape the host script expects, with whole pixels within the limits', () => {
    expect(resizeMessage('a', 480.2)).toEqual({ type: RESIZE_TYPE, id: 'a', height: 481 });
    expect(resizeMessage('a', 12).height).toBe(50);
    expect(resizeMessage('a', 90_000).height).toBe(5000);
  });

  it('recognises only the host ping', () => {
    expect(isPing({ type: PING_TYPE })).toBe(true);
    expect(isPing({ type: RESIZE_TYPE })).toBe(false);
    expect(isPing(PING_TYPE)).toBe(false);
    expect(isPing(null)).toBe(false);
  });
});
