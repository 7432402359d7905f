import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelItem } from '../../src/charts/milestones/milestoneLabels';

const item = (x: number, y = 0): LabelItem => ({ x, y, size: 14, width: 100, height: 30 });

/** The box a placed label covers, "up" positive. */
function box(m: LabelItem, p: NonNullable<ReturnType<typeof placeLabels>[number]>) {
  const [y0, y1] =
    p.side === 'above'
      ? [p.distance, p.distance + m.height]
      : [-p.distance - m.height, -p.distance];
  return { x0: p.center - m.width / 2, x1: p.center + m.width / 2, y0, y1 };
}

describe('placeLabels', () => {
  it('puts lone labels next to the track and crowded ones further out, never over each other', () => {
    const items = [item(100), item(150), item(200), item(250), item(600)];
    const placed = placeLabels(items, [0, 1, 2, 3, 4], { chartWidth: 800, gap: 4, maxSide: 200 });
    expect(placed.every(Boolean)).toBe(true);
    const boxes = placed.map((p, i) => box(items[i]!, p!));
    // The first two take the nearest slot on each side; the far one stays near too.
    expect(placed[0]!.distance).toBe(placed[1]!.distance);
    expect(placed[0]!.side).not.toBe(placed[1]!.side);
    expect(placed[4]!.distance).toBe(placed[0]!.distance);
    expect(placed[2]!.distance).toBeGreaterThan(placed[0]!.distance);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
        expect(apart).toBe(true);
      }),
    );
    // No stem runs through another label: a label that is further out stands clear of the
    // nearer labels at its marker's x.
    placed.forEach((p, i) => {
      const x = items[i]!.x;
      boxes.forEach((b, j) => {
        if (j === i || placed[j]!.side !== p!.side || b.x0 > x || b.x1 < x) return;
        expect(placed[j]!.distance).toBeGreaterThan(p!.distance);
      });
    });
  });

  it('keeps labels inside the chart, moving them in at the edges', () => {
    const items = [item(10), item(795)];
    const placed = placeLabels(items, [0, 1], { chartWidth: 800, gap: 4, maxSide: 200 });
    expect(placed.map((p) => p!.center)).toEqual([50, 750]);
  });

  it('leaves a label off rather than stacking it past maxSide, most important first', () => {
    const items = [item(100), item(100), item(100), item(100)];
    const placed = placeLabels(items, [3, 2, 1, 0], { chartWidth: 800, gap: 4, maxSide: 60 });
    // Same-day labels: one above and one below; a third would sit over a stem.
    expect(placed.map(Boolean)).toEqual([false, false, true, true]);
  });
});
