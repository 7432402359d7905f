import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartId } from '../../src/charts/chartTypes';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset } from '../../src/data/readDataset';
import { DashboardModel } from '../../src/model/dashboardModel';
import {
  buildPlaylist,
  playlistData,
  tourStops,
  type PlaylistData,
} from '../../src/modes/screen/playlist';

/** Data as plain answers: which charts each region draws, and which regions have figures. */
function data(drawn: Record<string, ChartId[]>, regions = Object.keys(drawn)): PlaylistData {
  return {
    regions,
    drawn: (r, c) => drawn[r]?.includes(c) ?? false,
    hasFigures: (r) => (drawn[r]?.length ?? 0) > 0,
  };
}

describe('default playlist', () => {
  it('takes only regions and views that hold figures, the tour after the first region', () => {
    const d = data({
      '000000': ['exit-timeline'],
      A: ['map', 'exit-timeline', 'funds-source', 'funds-use'],
      B: ['map', 'targets', 'causes'],
      C: [],
    });
    expect(buildPlaylist(null, null, d)).toEqual([
      { region: '000000', view: 'overview' },
      { region: '000000', view: 'timeline' },
      { region: '000000', view: 'tour' },
      { region: 'A', view: 'overview' },
      { region: 'A', view: 'timeline' },
      { region: 'A', view: 'funds' },
      { region: 'B', view: 'overview' },
      { region: 'B', view: 'targets' },
      { region: 'B', view: 'people' },
    ]);
    expect(tourStops(d)).toEqual(['A', 'B']);
  });

  it('keeps regions= and views= as named, the tour only when named', () => {
    const d = data({ A: ['map'], B: ['map'] });
    expect(buildPlaylist(['C', 'A'], ['funds', 'overview'], d)).toEqual([
      { region: 'C', view: 'funds' },
      { region: 'C', view: 'overview' },
      { region: 'A', view: 'funds' },
      { region: 'A', view: 'overview' },
    ]);
    expect(buildPlaylist(null, ['tour'], d)).toEqual([{ region: '000000', view: 'tour' }]);
    // A named region without figures still shows its overview, and no tour of other regions.
    expect(buildPlaylist(['C'], null, d)).toEqual([{ region: 'C', view: 'overview' }]);
  });

  it('has no tour with fewer than two stops', () => {
    expect(buildPlaylist(null, null, data({ A: ['map'] }))).toEqual([
      { region: 'A', view: 'overview' },
    ]);
  });

  describe('on the bundled data', () => {
    let model: DashboardModel;
    beforeAll(async () => {
      model = new DashboardModel(await readDataset(fsReader('public/data')));
    });

    it('shows the nation and the five reported regions, never a township or a village', () => {
      const d = playlistData(model, null);
      const slides = buildPlaylist(null, null, d);
      const regions = [...new Set(slides.map((s) => s.region))];
      expect(regions[0]).toBe('000000');
      for (const code of ['421202', '510802', '430600', '430372', '421200'])
        expect(regions).toContain(code);
      for (const r of regions)
        expect(['nation', 'province', 'prefecture', 'county', 'zone']).toContain(
          model.region(r)?.level,
        );
      expect(slides.filter((s) => s.view === 'tour')).toHaveLength(1);
    });
  });
});
