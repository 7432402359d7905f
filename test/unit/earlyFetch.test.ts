import { describe, expect, it, vi } from 'vitest';
import { earlyFetch } from '../../src/modes/embed/earlyFetch';
import { earlyFetchScript, embedFiles } from '../../src/modes/embed/earlyFetchScript';

const URL_A = 'https://example.org/data/regions.csv';

describe('earlyFetch', () => {
  it('answers a request started by the page once, then fetches it again itself', async () => {
    const early = new Response('early');
    const own = vi.fn(async () => new Response('own'));
    const fetchFn = earlyFetch({ [URL_A]: Promise.resolve(early) }, own);
    expect(await fetchFn(URL_A, { cache: 'no-cache' })).toBe(early);
    expect(own).not.toHaveBeenCalled();
    expect(await (await fetchFn(URL_A, { cache: 'no-cache' })).text()).toBe('own');
    expect(own).toHaveBeenCalledWith(URL_A, { cache: 'no-cache' });
  });

  it('fetches everything itself when the page started nothing', async () => {
    const own = vi.fn(async () => new Response('own'));
    await earlyFetch(undefined, own)(URL_A);
    expect(own).toHaveBeenCalledOnce();
  });
});

describe('earlyFetchScript', () => {
  it("lists the manifest and the chart's own data file the build writes, no others", () => {
    const files = embedFiles();
    expect(files['milestones']).toEqual(['manifest.json', 'embed/milestones.json']);
    expect(files['map']).toEqual(['manifest.json', 'embed/map.json']);
  });

  it('starts the requests as fetchReader makes them, and only for the bundled data', () => {
    const script = earlyFetchScript({ milestones: ['manifest.json'] });
    expect(script).toContain("fetch(url, { cache: 'no-cache' })");
    expect(script).toContain("if (q.get('data')");
    expect(() => new Function(script)).not.toThrow();
  });
});
