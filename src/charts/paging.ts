// Cutting a tall chart into pages for a box: pure arithmetic over the blocks a builder stacks,
// so the builder draws each page itself, with its own legend and axis scale.

/** A block a chart stacks: `fixed` px whatever it shows, and `pitch` px for each of its `rows`. */
export interface RowBlock {
  fixed: number;
  rows: number;
  pitch: number;
}

/** What a page shows of a block: `count` of its rows from `start`. */
export interface RowWindow {
  block: number;
  start: number;
  count: number;
}

/**
 * Fills pages in order, each up to `budget` px after the `header` every page repeats. A block
 * goes whole onto the page when it fits there, else onto a new page when it fits one; a block
 * too tall for any page is cut between rows, a page always taking at least one row.
 */
function pack(blocks: readonly RowBlock[], header: number, budget: number): RowWindow[][] {
  const pages: RowWindow[][] = [];
  let page: RowWindow[] = [];
  let used = header;
  const flush = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = header;
  };
  blocks.forEach((b, block) => {
    const whole = b.fixed + b.rows * b.pitch;
    if (header + whole <= budget || b.rows < 2) {
      if (page.length > 0 && used + whole > budget) flush();
      page.push({ block, start: 0, count: b.rows });
      used += whole;
      return;
    }
    let start = 0;
    while (start < b.rows) {
      const fit = Math.floor((budget - used - b.fixed) / b.pitch);
      if (fit < 1 && page.length > 0) {
        flush();
        continue;
      }
      const count = Math.min(Math.max(1, fit), b.rows - start);
      page.push({ block, start, count });
      used += b.fixed + count * b.pitch;
      start += count;
      if (start < b.rows) flush();
    }
  });
  flush();
  return pages;
}

/**
 * The blocks on as few pages of at most `budget` px as will do (a page holding one row of a
 * block may be taller), as even as the cuts allow: the smallest budget that needs no more
 * pages. One page when they fit.
 */
export function pageRows(blocks: readonly RowBlock[], header: number, budget: number) {
  const pages = pack(blocks, header, budget);
  if (pages.length < 2) return pages;
  const total = blocks.reduce((h, b) => h + b.fixed + b.rows * b.pitch, header);
  let low = Math.ceil(total / pages.length);
  let high = budget;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (pack(blocks, header, mid).length <= pages.length) high = mid;
    else low = mid + 1;
  }
  return pack(blocks, header, high);
}

/** A plot a chart stacks: the height it asks for, and the least it still reads at, px. */
export interface PlotSize {
  preferred: number;
  min: number;
}

/** A box taller than its chart grows the plots, by at most this much, rather than leave it empty. */
const MAX_GROWTH = 2;

/**
 * The plots' heights sharing `budget` px in proportion to what each asks for: shrunk, none
 * under its minimum, when the budget is short (all at their minimum when even that is too
 * much: then the chart pages), grown up to MAX_GROWTH times when it is long.
 */
export function fitPlots(plots: readonly PlotSize[], budget: number): number[] {
  const preferred = plots.reduce((h, p) => h + p.preferred, 0);
  if (preferred <= 0) return plots.map((p) => p.preferred);
  if (budget >= preferred) {
    const grow = Math.min(MAX_GROWTH, budget / preferred);
    return plots.map((p) => Math.floor(p.preferred * grow));
  }
  // Scale the plots still above their minimum until the rest fits what their minimums leave.
  const atMin = new Set<number>();
  for (;;) {
    const fixed = plots.reduce((h, p, k) => h + (atMin.has(k) ? p.min : 0), 0);
    const free = plots.reduce((h, p, k) => h + (atMin.has(k) ? 0 : p.preferred), 0);
    const scale = free > 0 ? Math.max(0, budget - fixed) / free : 0;
    const next = plots.findIndex((p, k) => !atMin.has(k) && p.preferred * scale < p.min);
    if (next < 0)
      return plots.map((p, k) => (atMin.has(k) ? p.min : Math.floor(p.preferred * scale)));
    atMin.add(next);
  }
}
