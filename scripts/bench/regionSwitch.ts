import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import type { Region } from '../../src/data/types';
import type { DashboardModel } from '../../src/model/dashboardModel';
import { METRICS } from '../../src/model/metrics';
import { max, median } from './stats';

/** What the views ask of the model when the user opens a region. */
export function switchTo(model: DashboardModel, code: string, year: number): number {
  let touched = model.regions.path(code).length;
  for (const c of model.regions.children(code)) {
    if (model.hasData(c.code)) touched++;
    for (const key of METRICS) if (model.metric(key, c.code, year)) touched++;
  }
  if (model.exitCounts(code)) touched++;
  const f = model.facts(code);
  return touched + f.indicators.length + f.funds.length;
}

export interface SwitchTimes {
  level: string;
  regions: number;
  switches: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  /** Garbage collection inside the slowest switch: a pause of the whole heap, not the model's work. */
  gcInMaxMs: number;
}

/** Every n-th region of a level, so the sample spreads over the country. */
function sampleOf(model: DashboardModel, level: Region['level'], want: number): Region[] {
  const all: Region[] = [];
  const walk = (code: string) => {
    for (const c of model.regions.children(code)) {
      if (c.level === level) all.push(c);
      else if (c.level !== 'township' && c.level !== 'village') walk(c.code);
    }
  };
  if (model.regions.root) {
    if (level === 'nation') all.push(model.regions.root);
    else walk(model.regions.root.code);
  }
  const step = Math.max(1, Math.floor(all.length / want));
  return all.filter((_, i) => i % step === 0).slice(0, want);
}

/** Times region switches per level: `rounds` passes over a sample, after one warm-up pass. */
export async function timeSwitches(model: DashboardModel, rounds = 20): Promise<SwitchTimes[]> {
  const gcs: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const year = model.latestYear;
  let sink = 0;
  const runs = (['nation', 'province', 'prefecture', 'county'] as const).map((level) => {
    const sample = sampleOf(model, level, 31);
    for (const r of sample) sink += switchTo(model, r.code, year);
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < rounds; i++)
      for (const r of sample) {
        const start = performance.now();
        sink += switchTo(model, r.code, year);
        spans.push([start, performance.now()]);
      }
    return { level, regions: sample.length, spans };
  });
  if (sink < 0) throw new Error('unreachable');
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return runs.map(({ level, regions, spans }) => {
    const times = spans.map(([a, b]) => b - a);
    const [a, b] = spans[times.indexOf(max(times))]!;
    const gcInMaxMs = gcs
      .map((g) => Math.min(b, g.startTime + g.duration) - Math.max(a, g.startTime))
      .filter((overlap) => overlap > 0)
      .reduce((s, x) => s + x, 0);
    const sorted = [...times].sort((x, y) => x - y);
    const p99Ms = sorted[Math.floor(sorted.length * 0.99)] ?? 0;
    return {
      level,
      regions,
      switches: times.length,
      medianMs: median(times),
      p99Ms,
      maxMs: max(times),
      gcInMaxMs,
    };
  });
}
