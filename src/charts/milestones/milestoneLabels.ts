/**
 * Where each milestone's label goes on a horizontal track: above or below it, stacked as far
 * out as it must be to clear every label, stem and marker placed before it. A label that finds
 * no room within `maxSide` px of the track is left off (its marker, tooltip and table row
 * stay), never cut or drawn over another. Pure geometry in px, "up" positive, track at 0.
 */

export interface MarkerBox {
  /** Centre of the marker across the chart, px from the chart's left edge. */
  x: number;
  /** Centre of the marker off the track (same-day markers stack). */
  y: number;
  size: number;
}

export interface LabelItem extends MarkerBox {
  /** The label's box, on the wide side. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  side: 'above' | 'below';
  /** Distance from the track to the label's near edge, px. */
  distance: number;
  /** Centre of the label across the chart: the marker's, moved inwards at the chart's edges. */
  center: number;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const hits = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const STEM = 1;

/**
 * Places labels in `order` (most important first), each on the side where it stays nearest
 * the track. `gap` px is kept between any two boxes; labels stay within [0, chartWidth].
 */
export function placeLabels(
  items: readonly LabelItem[],
  order: readonly number[],
  opts: { chartWidth: number; gap: number; maxSide: number },
): Array<PlacedLabel | null> {
  const { gap, maxSide, chartWidth } = opts;
  const obstacles: Box[] = items.map((m) => ({
    x0: m.x - m.size / 2,
    x1: m.x + m.size / 2,
    y0: m.y - m.size / 2,
    y1: m.y + m.size / 2,
  }));
  const out: Array<PlacedLabel | null> = items.map(() => null);
  for (const i of order) {
    const m = items[i]!;
    const half = m.width / 2;
    const center = Math.min(Math.max(m.x, half), chartWidth - half);
    const x0 = center - half;
    const x1 = center + half;
    const pad = (b: Box): Box => ({
      x0: b.x0 - gap,
      x1: b.x1 + gap,
      y0: b.y0 - gap,
      y1: b.y1 + gap,
    });
    let best: { side: 'above' | 'below'; distance: number; box: Box; stem: Box } | null = null;
    for (const side of ['above', 'below'] as const) {
      const sign = side === 'above' ? 1 : -1;
      const boxAt = (d: number): Box =>
        sign > 0 ? { x0, x1, y0: d, y1: d + m.height } : { x0, x1, y0: -d - m.height, y1: -d };
      const stemTo = (d: number): Box =>
        sign > 0
          ? { x0: m.x - STEM, x1: m.x + STEM, y0: m.y, y1: d }
          : { x0: m.x - STEM, x1: m.x + STEM, y0: -d, y1: m.y };
      // The nearest free distance is the base or just past the far edge of something in the way.
      const candidates = [
        gap,
        ...obstacles.map((b) => (sign > 0 ? b.y1 : -b.y0) + gap).filter((d) => d > gap),
      ].sort((a, b) => a - b);
      for (const d of candidates) {
        if (d + m.height > maxSide || (best && d >= best.distance)) break;
        const box = boxAt(d);
        const stem = stemTo(d);
        // A stem may pass markers (same-day ones stack on it), never a placed label or stem.
        const clear = obstacles.every(
          (b, j) => !hits(pad(b), box) && (j < items.length || !hits(b, stem)),
        );
        if (clear) {
          best = { side, distance: d, box, stem };
          break;
        }
      }
    }
    if (!best) continue;
    out[i] = { side: best.side, distance: best.distance, center };
    obstacles.push(best.box, best.stem);
  }
  return out;
}
