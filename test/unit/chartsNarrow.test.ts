import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltChart, ChartContext } from '../../src/charts/chartTypes';
import { buildExitTimeline } from '../../src/charts/exit-timeline/exitTimelineOption';
import { buildHeadcount } from '../../src/charts/headcount/headcountOption';
import { buildMilestones } from '../../src/charts/milestones/milestonesOption';
import { buildTargets, PERCENT_CAP } from '../../src/charts/targets/targetsOption';
import { wrappedLines } from '../../src/charts/textFit';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset } from '../../src/data/readDataset';
import { DashboardModel } from '../../src/model/dashboardModel';
import { testContext } from '../helpers/dataset';

// The embed page builds its chart for the width inside its 12 px side padding: these are the
// chart widths on 320 and 375 px phones, and on a 1200 px desktop.
const PHONES = [296, 351];
const DESKTOP = 1176;
const REGIONS = ['421202', '430600'];
const LANGS = ['zh', 'en'] as const;

let model: DashboardModel;
beforeAll(async () => {
  model = new DashboardModel(await readDataset(fsReader('public/data')));
});

/** A builder's chart at each width, for each region and language, with its option. */
function each<T>(
  build: (model: DashboardModel, ctx: ChartContext) => BuiltChart,
  widths: number[],
  check: (option: T, built: BuiltChart, ctx: ChartContext) => void,
) {
  for (const width of widths)
    for (const region of REGIONS)
      for (const lang of LANGS) {
        const ctx = testContext({ region, lang, width, year: 2018 });
        const built = build(model, ctx);
        expect(built.option).not.toBeNull();
        check(built.option as unknown as T, built, ctx);
      }
}

describe('wrappedLines', () => {
  it('breaks CJK anywhere, Latin between words, and a word longer than the line inside it', () => {
    expect(wrappedLines('一二三四五六', 10, 30)).toBe(2);
    expect(wrappedLines('aaaa bb', 10, 50)).toBe(1);
    expect(wrappedLines('aaaa bbbb', 10, 50)).toBe(2);
    expect(wrappedLines('a'.repeat(20), 10, 60)).toBe(2);
    expect(wrappedLines('a\nb', 10, 100)).toBe(2);
  });
});

interface MilestoneOption {
  grid: { top: number; left: number; height: number };
  xAxis: { type: string };
  yAxis: { max: number; inverse: boolean };
  series: Array<{
    symbolSize: number;
    type: string;
    silent?: boolean;
    label: { width?: number; overflow?: string; fontSize: number; lineHeight: number };
    data: Array<{
      value: [number, number];
      label: {
        position: string;
        distance: number;
        formatter: string;
        width?: number;
        overflow?: string;
      };
    }>;
  }>;
}

describe('milestones on a phone', () => {
  it('gives every milestone a row of its own, its whole title wrapped inside the chart', () => {
    each<MilestoneOption>(buildMilestones, PHONES, (o, built, ctx) => {
      // One y unit is one pixel, so rows can be compared with label heights.
      expect(o.yAxis.max).toBe(o.grid.height);
      const items = o.series
        .flatMap((s) => s.data.map((d) => ({ ...d, series: s })))
        .sort((a, b) => a.value[1] - b.value[1]);
      expect(items.map((i) => i.label.formatter)).toEqual(
        built.table.rows.map((r) => `${r.date}\n${r.title}`),
      );
      const starts = new Set<number>();
      let bottom = 0;
      for (const { value, label, series } of items) {
        expect(label.overflow).toBe('break');
        expect(label.position).toBe('right');
        const start = o.grid.left + series.symbolSize / 2 + label.distance;
        starts.add(start);
        expect(start + label.width!).toBeLessThanOrEqual(ctx.width);
        const half =
          (wrappedLines(label.formatter, series.label.fontSize, label.width!) *
            series.label.lineHeight) /
          2;
        expect(value[1] - half).toBeGreaterThanOrEqual(bottom);
        bottom = value[1] + half;
      }
      expect(starts.size).toBe(1);
      expect(bottom).toBeLessThanOrEqual(o.grid.height);
      expect(built.height).toBeGreaterThanOrEqual(o.grid.top + o.grid.height);
    });
  });

  it('keeps the time axis on a desktop, its labels wrapped, never cut', () => {
    each<MilestoneOption>(buildMilestones, [DESKTOP], (o) => {
      expect(o.xAxis.type).toBe('time');
      const labels = o.series.filter((s) => s.silent);
      expect(labels).toHaveLength(1);
      expect(labels[0]!.label.overflow).toBe('break');
      expect(labels[0]!.data.length).toBeGreaterThan(0);
    });
  });
});

interface TimelineOption {
  grid: { top: number };
  graphic?: {
    left: number;
    top: number;
    children: Array<{
      type: string;
      x?: number;
      style: { text?: string; width?: number; fontSize?: number; lineHeight?: number };
    }>;
  };
  series: Array<{
    type: string;
    label: { position: string; align?: string };
    markLine?: { label: { show?: boolean; formatter?: string } };
  }>;
}

const deadlineText = (o: TimelineOption) => o.graphic!.children.find((c) => c.type === 'text')!;

describe('exit timeline on a phone', () => {
  it('puts the deadline on a wrapped line of its own above the plot, off the bar labels', () => {
    each<TimelineOption>(buildExitTimeline, PHONES, (o, built, ctx) => {
      const wide = buildExitTimeline(model, { ...ctx, width: DESKTOP });
      const wideOption = wide.option as unknown as TimelineOption;
      const deadline = deadlineText(wideOption).style.text!;
      expect(o.series[0]!.markLine!.label.show).toBe(false);
      const text = deadlineText(o);
      const { width, fontSize, lineHeight } = text.style as Required<typeof text.style>;
      expect(text.style.text).toBe(deadline);
      expect(o.graphic!.left + text.x! + width).toBeLessThanOrEqual(ctx.width);
      const keyBottom = o.graphic!.top + wrappedLines(deadline, fontSize, width) * lineHeight;
      expect(o.grid.top).toBeGreaterThan(keyBottom);
      // The plot keeps its desktop height: the key's room is added.
      expect(built.height - o.grid.top).toBe(wide.height - wideOption.grid.top);
    });
  });

  it('labels the last cumulative point above it, clear of the right axis', () => {
    each<TimelineOption>(buildExitTimeline, PHONES, (o) => {
      const lines = o.series.filter((s) => s.type === 'line');
      expect(lines.length).toBeGreaterThan(0);
      for (const s of lines) expect([s.label.position, s.label.align]).toEqual(['top', 'right']);
    });
  });

  it('keys the deadline above the plot on a desktop too, off the right axis and the edge', () => {
    each<TimelineOption>(buildExitTimeline, [DESKTOP], (o) => {
      expect(o.series[0]!.markLine!.label.show).toBe(false);
      expect(deadlineText(o).style.text).toMatch(/^(期限|Deadline) \d{4}/);
    });
  });
});

interface TargetsOption {
  grid: Array<{
    left: number;
    right: number;
    top: number;
    height: number;
    outerBoundsMode: string;
  }>;
  series: Array<{
    name: string;
    xAxisIndex: number;
    barWidth: number;
    data: unknown[];
    label?: {
      width: number;
      lineHeight: number;
      formatter: (p: { dataIndex: number }) => string;
    };
  }>;
}

describe('targets on a phone', () => {
  it('wraps the name and status text short of the 100% line, in rows tall enough for it', () => {
    each<TargetsOption>(buildTargets, PHONES, (o, _built, ctx) => {
      for (const [i, grid] of o.grid.entries()) {
        expect(grid.outerBoundsMode).toBe('none');
        const series = o.series.filter((s) => s.xAxisIndex === i);
        const texts = series.filter((s) => s.label);
        const rows = series[0]!.data.length;
        const rowHeight = grid.height / rows;
        const list = series[0]!.name === 'list';
        const plot = ctx.width - grid.left - grid.right;
        // Bar text stops short of the 100% line; a listed target's text has the row to itself.
        const room = list ? plot : (plot * 100) / PERCENT_CAP;
        expect(texts).toHaveLength(list ? 1 : 2);
        for (const s of texts) {
          const { width, lineHeight, formatter } = s.label!;
          expect(width).toBeLessThan(room);
          for (let r = 0; r < rows; r++) {
            const height = wrappedLines(formatter({ dataIndex: r }), 12, width) * lineHeight;
            // A bar's name above it and its status below each get half the rest of the row.
            expect(height).toBeLessThanOrEqual(list ? rowHeight : (rowHeight - s.barWidth) / 2);
          }
        }
      }
    });
  });
});

describe('headcount on a phone', () => {
  type Series = { type: string; data: Array<{ label?: { show: boolean } } | null> };
  const labelled = (s: Series) =>
    s.data.flatMap((d, i) => (d && d.label?.show !== false ? [i] : []));
  const lines = (width: number) => {
    const ctx = testContext({ region: '000000', lang: 'zh', width, year: 2020 });
    const option = buildHeadcount(model, ctx).option as unknown as { series: Series[] };
    return option.series.filter((s) => s.type === 'line');
  };

  it('labels a line at its first and last figures only; a desktop labels every figure', () => {
    const [desktop] = lines(DESKTOP);
    const points = desktop!.data.flatMap((d, i) => (d ? [i] : []));
    expect(points.length).toBeGreaterThan(2);
    expect(labelled(desktop!)).toEqual(points);
    for (const width of PHONES) {
      const [phone] = lines(width);
      expect(labelled(phone!)).toEqual([points[0], points[points.length - 1]]);
    }
  });
});
