import { describe, expect, it } from 'vitest';
import { parseScreenParams } from '../../src/modes/screen/screenParams';

describe('parseScreenParams', () => {
  it('gives a dark, Chinese, canvas wall that lets the data choose, every 20 s, by default', () => {
    expect(parseScreenParams('?mode=screen')).toEqual({
      regions: null,
      regionsGiven: [],
      views: null,
      intervalMs: 20_000,
      idleMs: 60_000,
      refreshMs: 300_000,
      year: null,
      animation: true,
      renderer: 'canvas',
      lang: 'zh',
      theme: 'dark',
    });
  });

  it('keeps the regions and views the URL names, in order, and drops what is not one', () => {
    const p = parseScreenParams(
      '?regions=421202, 510802,,<script>,430600&views=funds,sources,tour,bogus,overview',
    );
    expect(p.regions).toEqual(['421202', '510802', '430600']);
    // What was given, so the wall can name a code that is none.
    expect(p.regionsGiven).toEqual(['421202', '510802', '<script>', '430600']);
    // The sources list is no slide; the map tour is.
    expect(p.views).toEqual(['funds', 'tour', 'overview']);
  });

  it('reads seconds, fractions allowed, falling back on nonsense and clamping to the minimum', () => {
    const p = parseScreenParams('?interval=0.5&idle=abc&refresh=0.1');
    expect(p.intervalMs).toBe(500);
    expect(p.idleMs).toBe(60_000);
    expect(p.refreshMs).toBe(500);
    expect(parseScreenParams('?interval=-3').intervalMs).toBe(20_000);
    expect(parseScreenParams('?interval=0.001').intervalMs).toBe(20);
  });

  it('takes a four-digit year, animation=0, renderer=svg, English and a light or auto theme', () => {
    const p = parseScreenParams('?year=2018&animation=0&renderer=svg&lang=en&theme=light');
    expect(p).toMatchObject({
      year: 2018,
      animation: false,
      renderer: 'svg',
      lang: 'en',
      theme: 'light',
    });
    expect(parseScreenParams('?theme=auto').theme).toBe('auto');
    const bad = parseScreenParams('?year=18&renderer=webgl&lang=fr&theme=pink');
    expect(bad).toMatchObject({ year: null, renderer: 'canvas', lang: 'zh', theme: 'dark' });
  });
});
