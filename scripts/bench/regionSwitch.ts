import type { Region } from '../../src/data/types';
import type { DashboardModel } from '../../src/model/dashboardModel';
import { METRICS } from '../../src/model/metrics';
import { max, median } from './stats';

/** What the views ask of the model when the user opens a region. */
export function switchTo(model: DashboardModel, code: string, year: number): number {
  let touched = model.regions.path(code).length;
  const children = model.regions.children(code);
  for (const c of children) {
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
  maxMs: number;
}

/** Every `step`-th region of a level, so the sample spreads over the country. */
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
export function timeSwitches(model: DashboardModel, rounds = 20): SwitchTimes[] {
  const year = model.latestYear;
  let sink = 0;
  return (['nation', 'province', 'prefecture', 'county'] as const).map((level) => {
    const sample = sampleOf(model, level, 31);
    for (const r of sample) sink += switchTo(model, r.code, year);
    const times: number[] = [];
    for (let i = 0; i < rounds; i++)
      for (const r of sample) {
        const start = performance.now();
        sink += switchTo(model, r.code, year);
        times.push(performance.now() - start);
      }
    if (sink < 0) throw new Error('unreachable');
    return { level, regions: sample.length, switches: times.length, medianMs: median(times), maxMs: max(times) };
  });
}
