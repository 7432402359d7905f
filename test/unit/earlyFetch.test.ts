import { describe, expect, it, vi } from 'vitest';
import { earlyFetch } from '../../src/modes/embed/earlyFetch';
import { chartPreloads } from '../../scripts/build/chartPreloads';
import {
  earlyFetchScript,
  embedFiles,
  modulePreloadScript,
} from '../../src/modes/embed/earlyFetchScript';

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

describe('chartPreloads', () => {
  const chunk = (
    fileName: string,
    moduleIds: string[],
    imports: string[] = [],
    dyn: string[] = [],
  ) =>
    [
      fileName,
      { type: 'chunk' as const, fileName, moduleIds, imports, dynamicImports: dyn },
    ] as const;
  const bundle = Object.fromEntries([
    chunk('embed.js', ['/p/src/modes/embed/main.tsx'], ['react.js']),
    chunk('react.js', ['/p/node_modules/react/index.js']),
    chunk('toy.js', ['/p/src/charts/toy/index.ts'], ['react.js', 'parts.js'], ['toyModules.js']),
    chunk('parts.js', ['/p/src/charts/rowChartParts.ts']),
    chunk('toyModules.js', ['/p/src/charts/toy/echartsModules.ts'], ['base.js']),
    chunk('base.js', ['/p/src/charts/echartsBase.ts'], ['react.js']),
    chunk('other.js', ['/p/src/charts/other/index.ts'], [], ['toyModules.js', 'lazy.js']),
    chunk('lazy.js', ['/p/src/charts/other/lazyPart.ts']),
    ['style.css', { type: 'asset' as const }],
  ]);

  it("lists each chart's definition and ECharts modules with their imports, less the page's own", () => {
    expect(chartPreloads(bundle, 'embed.js', ['toy', 'other'])).toEqual({
      toy: ['toy.js', 'parts.js', 'toyModules.js', 'base.js'],
      // A chart drawing with another folder's modules; its other lazy parts are not listed.
      other: ['other.js', 'toyModules.js', 'base.js'],
    });
  });

  it('refuses a chart the build has no chunk for', () => {
    expect(() => chartPreloads(bundle, 'embed.js', ['missing'])).toThrow(/missing/);
  });
});

describe('modulePreloadScript', () => {
  it("asks for the address's chart's files as module preloads, nothing for another chart", () => {
    const script = modulePreloadScript({ toy: ['assets/toy.js'] });
    const run = (search: string) => {
      const links: Array<Record<string, string>> = [];
      const document = {
        createElement: () => ({}),
        head: { appendChild: (l: Record<string, string>) => links.push(l) },
      };
      new Function('location', 'document', script)({ search }, document);
      return links;
    };
    expect(run('?chart=toy')).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: 'assets/toy.js' },
    ]);
    expect(run('?chart=map')).toEqual([]);
    expect(run('')).toEqual([]);
  });
});
