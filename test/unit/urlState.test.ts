import { describe, expect, it } from 'vitest';
import { parseScreenParams } from '../../src/modes/screen/screenParams';
import {
  DEFAULT_STATE,
  isNavigation,
  parseViewState,
  serializeViewState,
} from '../../src/view/urlState';

describe('view state in the URL', () => {
  it('reopens exactly the state a copied link holds', () => {
    const state = {
      region: '421202',
      view: 'funds',
      year: 2018,
      metric: 'poor_people',
      lang: 'en',
      theme: 'dark',
      decal: true,
    } as const;
    const search = serializeViewState(state);
    expect(search).toBe(
      '?region=421202&view=funds&year=2018&metric=poor_people&lang=en&theme=dark&decal=1',
    );
    expect(parseViewState(search)).toEqual(state);
  });

  it('leaves defaults out and keeps parameters that belong to others', () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe('');
    expect(serializeViewState({ ...DEFAULT_STATE, lang: 'en' }, '?data=mine%2F&lang=zh')).toBe(
      '?data=mine%2F&lang=en',
    );
  });

  it('keeps a metric chosen, even the first; none chosen stays none, for the region to decide', () => {
    expect(serializeViewState({ ...DEFAULT_STATE, metric: 'exit_share' })).toBe(
      '?metric=exit_share',
    );
    expect(parseViewState('?metric=exit_share').metric).toBe('exit_share');
    expect(parseViewState('').metric).toBeNull();
  });

  it('falls back to the defaults for values it cannot trust', () => {
    const s = parseViewState('?region=<script>&view=admin&year=20&lang=fr&theme=pink&metric=x');
    expect(s).toEqual(DEFAULT_STATE);
    expect(parseViewState('?lang=fr', { ...DEFAULT_STATE, lang: 'en' }).lang).toBe('en');
  });

  it('counts region and view changes as navigation, the rest not', () => {
    expect(isNavigation(DEFAULT_STATE, { ...DEFAULT_STATE, view: 'funds' })).toBe(true);
    expect(isNavigation(DEFAULT_STATE, { ...DEFAULT_STATE, region: '421202' })).toBe(true);
    expect(isNavigation(DEFAULT_STATE, { ...DEFAULT_STATE, year: 2019, lang: 'en' })).toBe(false);
  });
});

describe('wall parameters', () => {
  it('reads year, language and theme as every page does, dark by default', () => {
    const none = parseScreenParams('');
    expect([none.year, none.lang, none.theme]).toEqual([null, 'zh', 'dark']);
    const given = parseScreenParams('?year=2019&lang=en&theme=light');
    expect([given.year, given.lang, given.theme]).toEqual([2019, 'en', 'light']);
    const bad = parseScreenParams('?year=19&lang=fr&theme=pink');
    expect([bad.year, bad.lang, bad.theme]).toEqual([null, 'zh', 'dark']);
  });

  it('keeps the named regions and views in order and drops what is not one', () => {
    const p = parseScreenParams('?mode=screen&regions=421202, 000000,<b>&views=funds,tour,sources');
    expect(p.regions).toEqual(['421202', '000000']);
    expect(p.views).toEqual(['funds', 'tour']);
    expect(parseScreenParams('?regions=&views=').regions).toBeNull();
  });

  it('clamps the timings and reads the player switches', () => {
    const p = parseScreenParams('?interval=0&idle=-3&refresh=0.1&animation=0&renderer=svg');
    expect([p.intervalMs, p.idleMs, p.refreshMs]).toEqual([20_000, 60_000, 500]);
    expect([p.animation, p.renderer]).toEqual([false, 'svg']);
    const d = parseScreenParams('?interval=0.5&renderer=webgl');
    expect([d.intervalMs, d.animation, d.renderer]).toEqual([500, true, 'canvas']);
  });
});
