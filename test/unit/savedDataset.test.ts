import { describe, expect, it } from 'vitest';
import { savedInputs, savedProblem, type SavedDataset } from '../../src/load/savedDataset';

const slot = (file: string) => ({
  file,
  blob: new Blob(['x']),
  origin: { kind: 'file', name: file, loadedAt: '2026-01-01T00:00:00.000Z' },
  name: file,
  chosen: null,
});

describe('a saved dataset is checked field by field before it is loaded', () => {
  it('accepts a well-formed record', () => {
    const saved = { version: 1, savedAt: 'x', slots: [slot('regions.csv')] };
    expect(savedProblem(saved)).toBeNull();
    expect(savedInputs(saved as SavedDataset)).toHaveLength(1);
  });

  it.each([
    ['a null slot', [null], /#1: not a dataset file/],
    [
      'a slot with null contents',
      [{ ...slot('regions.csv'), blob: null }],
      /regions\.csv: its contents are missing/,
    ],
    [
      'a slot without origin',
      [{ ...slot('regions.csv'), origin: null }],
      /regions\.csv: where it came from is missing/,
    ],
    ['an unknown file', [slot('evil.csv')], /evil\.csv: not a dataset file/],
    ['a file saved twice', [slot('funds.csv'), slot('funds.csv')], /funds\.csv: saved twice/],
  ])('names %s instead of crashing', (_, slots, reason) => {
    const problem = savedProblem({ version: 1, savedAt: 'x', slots });
    expect(problem?.en).toMatch(reason);
    expect(problem?.zh).toMatch(/：/);
  });

  it('names a record that is not a saved dataset at all', () => {
    for (const v of [null, 'text', { version: 2, slots: [] }, { version: 1, slots: null }])
      expect(savedProblem(v)?.en).toBe('the saved record is not a saved dataset');
  });
});
