import { describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import { fitPlots, pageRows, type PlotSize, type RowBlock } from '../../src/charts/paging';
import { getChart } from '../../src/charts/registry';
import { seedModel } from '../helpers/seedModel';

/** The height a page's windows take, the header included. */
const heightOf = (
  blocks: readonly RowBlock[],
  header: number,
  page: ReturnType<typeof pageRows>[number],
) => page.reduce((h, w) => h + blocks[w.block]!.fixed + w.count * blocks[w.block]!.pitch, header);

/** Every row of every block, in order, as `block:row`. */
const rowsOf = (pages: ReturnType<typeof pageRows>) =>
  pages
    .flat()
    .flatMap((w) => Array.from({ length: w.count }, (_, i) => `${w.block}:${w.start + i}`));

describe('pageRows', () => {
  const blocks: RowBlock[] = [
    { fixed: 60, rows: 10, pitch: 40 },
    { fixed: 40, rows: 3, pitch: 30 },
  ];

  it('keeps blocks that fit on one page', () => {
    expect(pageRows(blocks, 20, 1000)).toEqual([
      [
        { block: 0, start: 0, count: 10 },
        { block: 1, start: 0, count: 3 },
      ],
    ]);
  });

  it('cuts between rows, every row once and in order, no page over the budget', () => {
    const pages = pageRows(blocks, 20, 300);
    expect(pages.length).toBeGreaterThan(1);
    expect(rowsOf(pages)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `0:${i}`),
      ...Array.from({ length: 3 }, (_, i) => `1:${i}`),
    ]);
    for (const page of pages) expect(heightOf(blocks, 20, page)).toBeLessThanOrEqual(300);
  });

  it('evens the pages out instead of leaving a last page with a row or two', () => {
    const pages = pageRows([{ fixed: 0, rows: 9, pitch: 100 }], 0, 800);
    expect(pages.map((p) => p[0]!.count)).toEqual([5, 4]);
  });

  it('moves a block that fits a page of its own to the next page instead of cutting it', () => {
    const pages = pageRows(
      [
        { fixed: 0, rows: 3, pitch: 100 },
        { fixed: 50, rows: 2, pitch: 100 },
      ],
      0,
      300,
    );
    expect(pages).toEqual([[{ block: 0, start: 0, count: 3 }], [{ block: 1, start: 0, count: 2 }]]);
  });

  it('gives a row taller than the budget a page of its own', () => {
    const pages = pageRows([{ fixed: 10, rows: 2, pitch: 500 }], 0, 300);
    expect(pages.map((p) => p[0]!.count)).toEqual([1, 1]);
  });
});

describe('a chart paging itself for a file box', () => {
  /** The categories a page draws: a window of an axis (min…max), or the slice it was given. */
  const rowsDrawn = (o: unknown) =>
    (
      (o as { yAxis?: Array<{ data?: unknown[]; min?: number; max?: number }> }).yAxis ?? []
    ).flatMap((a) => (a.data ?? []).slice(a.min ?? 0, (a.max ?? (a.data ?? []).length - 1) + 1));

  it.each([
    ['targets', '421202'],
    ['assistance', '430600'],
    ['infrastructure', '430600'],
    ['funds-source', '421202'],
  ] as const)(
    'draws %s of %s on pages no taller than the box, each row once',
    async (id, region) => {
      const model = await seedModel();
      const def = getChart(id);
      const ctx = chartContext({
        region,
        year: model.defaultYear(region),
        animation: false,
        medium: 'file',
        width: 960,
        height: 500,
      });
      const first = def.build(model, ctx);
      const whole = def.build(model, { ...ctx, height: null });
      expect(whole.pages ?? 1).toBe(1);
      expect(whole.height).toBeGreaterThan(500);
      expect(first.pages).toBeGreaterThan(1);
      const pages = [
        first,
        ...Array.from({ length: first.pages! - 1 }, (_, i) =>
          def.build(model, { ...ctx, page: i + 1 }),
        ),
      ];
      expect(pages.flatMap((p) => rowsDrawn(p.option)).sort()).toEqual(
        rowsDrawn(whole.option).sort(),
      );
      for (const p of pages) {
        expect(p.height).toBeLessThanOrEqual(500);
        // The table and the credits stay the whole chart's on every page.
        expect(p.table).toEqual(whole.table);
        expect(p.sourceFiles).toEqual(whole.sourceFiles);
      }
    },
  );

  it('is drawn whole on a screen, whatever the box', async () => {
    const model = await seedModel();
    const built = getChart('targets').build(
      model,
      chartContext({ region: '421202', year: 2020, width: 960, height: 300 }),
    );
    expect(built.pages ?? 1).toBe(1);
  });
});

describe('fitPlots', () => {
  const plots: PlotSize[] = [
    { preferred: 300, min: 100 },
    { preferred: 100, min: 80 },
  ];

  it('shares a short box in proportion, none under its least', () => {
    // 200 px in proportion would give the second 50 px: it keeps 80, the first takes the rest.
    expect(fitPlots(plots, 200)).toEqual([120, 80]);
    expect(fitPlots(plots, 100)).toEqual([100, 80]);
  });

  it('grows the plots to fill a taller box, at most twice what they ask', () => {
    expect(fitPlots(plots, 600)).toEqual([450, 150]);
    expect(fitPlots(plots, 2000)).toEqual([600, 200]);
  });
});
