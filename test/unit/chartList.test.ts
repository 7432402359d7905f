import { describe, expect, it } from 'vitest';
import { loadDefinition } from '../../src/charts/chartLoaders';
import { CHART_IDS } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';

// chartList.ts is the one line per chart; the compiler checks each line's definition, this
// checks that no folder is left out of it and that each line names its own folder.
const FOLDERS = Object.keys(import.meta.glob('../../src/charts/*/index.ts')).map((path) =>
  path.split('/').at(-2)!,
);

describe('the chart list', () => {
  it('lists every chart folder, once', () => {
    expect([...CHART_IDS].sort()).toEqual(FOLDERS.sort());
    expect(FOLDERS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(CHART_IDS)(
    '%s: its folder defines the chart of that id, loaded or at hand',
    async (id) => {
      expect(CHARTS[id].id).toBe(id);
      expect(await loadDefinition(id)).toBe(CHARTS[id]);
    },
  );
});
