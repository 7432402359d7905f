import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DATASET_FILES } from '../../src/data/datasetFiles';
import { SYNTH_DIR, ensureSynthetic } from './dataset';
import { figureTable, type Figure } from './figures';
import { MAP_DRILL_TARGET_MS, drillIntoProvinces } from './mapDrill';
import { treeCpuMs } from './processCpu';
import { max } from './stats';

/**
 * The browser half of `npm run bench` (alone: npx tsx scripts/bench/browser.ts [folder] [runs]):
 * the built app in headless Chromium. Each figure is measured in `runs` fresh pages; CPU is
 * the CPU time of all Chromium processes (main thread, workers, GPU, compositor) meanwhile.
 *  - JS loaded (gzip) by the dashboard (and with the load worker a drop brings) and the embed;
 *  - the embed's and the dashboard's first chart at 4× CPU throttle;
 *  - total blocking time of the dashboard and the timeline view loading at 1×;
 *  - drop of the national dataset → first chart (dropped once the dashboard has settled);
 *  - region switches at every level.
 */
const TARGET = { dashboardKb: 300, embedKb: 250, embedPaintMs: 1000, firstChartMs: 2000 };
const LIMIT = { switchMs: 100, tbtMs: 200 };
const TIMELINE = '.chart-card[data-chart="exit-timeline"]';
const EMBED = 'embed.html?chart=exit-timeline&region=421202';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Records long tasks and the load's milestones in the page, so no protocol round trip is timed. */
function instrument(): void {
  const w = window as unknown as {
    __bench: { longTasks: Array<[number, number]>; marks: Record<string, number> };
  };
  w.__bench = { longTasks: [], marks: {} };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    (e) => {
      if ((e.target as HTMLInputElement).type === 'file') w.__bench.marks.drop = performance.now();
    },
    true,
  );
  // Clicks "Use this data" as soon as it is enabled, as an eager user would.
  new MutationObserver(() => {
    const use = document.querySelector<HTMLButtonElement>('.use-data');
    if (use && !use.disabled && w.__bench.marks.report === undefined) {
      w.__bench.marks.report = performance.now();
      use.click();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

type Bench = { longTasks: Array<[number, number]>; marks: Record<string, number> };
const benchOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);

/** Resolves when a chart has painted pixels; returns performance.now() of that frame. */
function chartPainted(selector: string): Promise<number> {
  return new Promise((done) => {
    const tick = () => {
      const canvas = document.querySelector<HTMLCanvasElement>(`${selector} canvas`);
      const ctx = canvas && canvas.width > 0 ? canvas.getContext('2d') : null;
      if (ctx) {
        const data = ctx.getImageData(0, 0, canvas!.width, canvas!.height).data;
        for (let i = 3; i < data.length; i += 64) if (data[i]! > 0) return done(performance.now());
      }
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/** Clicks a region in the navigator; ms until the chart's description changed and painted. */
function switchRegion([selector, buttons, index]: [string, string, number]): Promise<{
  ms: number;
  name: string;
}> {
  const button = document.querySelectorAll<HTMLButtonElement>(buttons)[index];
  if (!button) return Promise.resolve({ ms: NaN, name: '' });
  const label = () =>
    document.querySelector(`${selector} .chart-canvas`)?.getAttribute('aria-label');
  const before = label();
  const name = button.textContent ?? '';
  const start = performance.now();
  button.click();
  return new Promise((done) => {
    const tick = () => {
      if (label() !== before && label() != null)
        // The frame after the change is the one that shows it.
        return requestAnimationFrame(() => done({ ms: performance.now() - start, name }));
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/** Gzip size of every script the page fetched (its own, chunks and workers), in KB. */
function watchScripts(page: Page): { kb: () => Promise<number>; urls: string[] } {
  const bodies: Array<Promise<number>> = [];
  const urls: string[] = [];
  page.context().on('response', (r) => {
    if (!/\.m?js$/.test(new URL(r.url()).pathname)) return;
    urls.push(r.url());
    // A worker's script body is sometimes gone from the protocol by the time it is asked for:
    // then the same file from the server, so the worker is never counted as 0 KB.
    bodies.push(
      r
        .body()
        .catch(() => fetch(r.url()).then(async (res) => Buffer.from(await res.arrayBuffer())))
        .then((b) => gzipSync(b).length),
    );
  });
  return {
    kb: async () => (await Promise.all(bodies)).reduce((s, n) => s + n, 0) / 1024,
    urls,
  };
}

/** Total blocking time after first contentful paint: each long task's time beyond 50 ms. */
function blockingTime(bench: Bench, fcp: number, until: number): number {
  return bench.longTasks
    .filter(([start]) => start >= fcp && start <= until)
    .reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
}

const fcpOf = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);

interface Ctx {
  browser: Browser;
  base: string;
  cpu: () => number;
}

async function freshPage(ctx: Ctx, width = 1440, height = 900): Promise<Page> {
  const page = await ctx.browser.newPage({ viewport: { width, height } });
  // tsx keeps function names with a __name() helper that the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(instrument);
  return page;
}

/** A page loaded at `throttle`× CPU until `selector` has painted: time, CPU, JS, blocking time. */
async function pageLoad(ctx: Ctx, path: string, selector: string, throttle: number, width = 1440) {
  const page = await freshPage(ctx, width);
  const scripts = watchScripts(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const cpu0 = ctx.cpu();
  await page.goto(ctx.base + path);
  const painted = await page.evaluate(chartPainted, selector);
  const cpuMs = ctx.cpu() - cpu0;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const tbt = blockingTime(await benchOf(page), await fcpOf(page), Infinity);
  const kb = await scripts.kb();
  return { page, painted, cpuMs, tbt, kb, scripts: scripts.urls };
}

const LEVELS = ['province', 'prefecture', 'county', 'nation (up)'] as const;
type Level = (typeof LEVELS)[number];

/** The national dataset dropped on a settled dashboard; then switches down, up and across. */
async function dropAndSwitch(ctx: Ctx, paths: string[]) {
  const { page, kb: initialKb } = await pageLoad(ctx, '?view=timeline', TIMELINE, 1);
  const scripts = watchScripts(page);
  const cpu0 = ctx.cpu();
  await page.setInputFiles('[data-testid=dataset-file-input]', paths, { timeout: 120_000 });
  await page.waitForSelector('.synthetic-badge[role=note]', { timeout: 180_000 });
  const paintedAt = await page.evaluate(chartPainted, TIMELINE);
  const cpuMs = ctx.cpu() - cpu0;
  const workerKb = await scripts.kb();
  const { marks, longTasks } = await benchOf(page);
  const during = longTasks.filter(([start, d]) => start + d >= marks.drop! && start <= paintedAt);
  const switches: Array<{ level: Level; ms: number; cpuMs: number; name: string }> = [];
  // Nation → province → prefecture → county → nation, twice through different provinces.
  const steps: Array<[string, number, Level]> = [0, 1].flatMap((i) => [
    ['.children button.has-data', i, 'province'],
    ['.children button.has-data', i, 'prefecture'],
    ['.children button.has-data', i, 'county'],
    ['.breadcrumbs button', 0, 'nation (up)'],
  ]);
  for (const [buttons, index, level] of steps) {
    await page.waitForTimeout(300);
    const c0 = ctx.cpu();
    const s = await page.evaluate(switchRegion, [TIMELINE, buttons, index] as [
      string,
      string,
      number,
    ]);
    if (!Number.isNaN(s.ms))
      switches.push({ level, ms: s.ms, cpuMs: ctx.cpu() - c0, name: s.name });
  }
  // Provinces whose map file this page has not fetched yet: each drill fetches one.
  const drills = await drillIntoProvinces(page, 3);
  await page.close();
  return {
    drills,
    firstChartMs: paintedAt - marks.drop!,
    reportMs: marks.report! - marks.drop!,
    cpuMs,
    longestTaskMs: max(during.map(([, d]) => d).concat(0)),
    withWorkerKb: initialKb + workerKb,
    switches,
  };
}

/** Runs the browser bench against a fresh production build; prints and returns the figures. */
/**
 * `pagesOnly`: the page figures only (JS loaded, first paints, TBT), without the national drop
 * and the switches, which take minutes on a busy machine.
 */
export async function runBrowserBench(
  folder = SYNTH_DIR,
  runs = 3,
  pagesOnly = false,
): Promise<Figure[]> {
  await ensureSynthetic(folder);
  const paths = DATASET_FILES.map((f) => join(folder, f)).filter((p) => existsSync(p));
  if (!existsSync('dist/index.html') || process.env.REBUILD !== '0')
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  const port = await freePort();
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const ctx: Ctx = {
    browser,
    base: `http://127.0.0.1:${port}/`,
    cpu: () => treeCpuMs(process.pid, server.pid ? [server.pid] : []),
  };
  const f = (name: string, unit: Figure['unit'], target: number | null): Figure => ({
    name,
    unit,
    target,
    values: [],
    cpu: [],
  });
  const fig = {
    dashKb: f(
      'dashboard initial JS loaded, gzip (the load worker too, if loaded)',
      'KB',
      TARGET.dashboardKb,
    ),
    dashDropKb: f('  timeline view, with the load worker a file drop brings (context)', 'KB', null),
    timelineKb: f('  timeline view JS before any drop (context)', 'KB', null),
    embedKb: f('embed page JS loaded, gzip', 'KB', TARGET.embedKb),
    embed4x: f('embed: first chart painted at 4× CPU throttle', 'ms', TARGET.embedPaintMs),
    dash4x: f('dashboard: first chart painted at 4× CPU throttle', 'ms', null),
    tbtDashboard: f('total blocking time, dashboard (overview) at 1×', 'ms', LIMIT.tbtMs),
    tbtTimeline: f('total blocking time, timeline view at 1×', 'ms', LIMIT.tbtMs),
    drop: f('drop → first chart, national dataset', 'ms', TARGET.firstChartMs),
    report: f('  drop → report ready ("Use this data" enabled)', 'ms', null),
    longest: f('  longest main-thread task during the load', 'ms', null),
    mapDrill: f(
      'drill into a new province: its map file arrived → map drawn',
      'ms',
      MAP_DRILL_TARGET_MS,
    ),
  };
  const levels = Object.fromEntries(
    LEVELS.map((l) => [l, f(`region switch to ${l}`, 'ms', LIMIT.switchMs)]),
  ) as Record<Level, Figure>;
  try {
    await waitFor(ctx.base, 30_000);
    for (let run = 0; run < runs; run++) {
      const embed = await pageLoad(ctx, EMBED, '.embed-chart', 4, 1000);
      await embed.page.close();
      fig.embedKb.values.push(embed.kb);
      fig.embed4x.values.push(embed.painted);
      fig.embed4x.cpu!.push(embed.cpuMs);
      const dash4x = await pageLoad(ctx, '', '.chart-card', 4);
      await dash4x.page.close();
      fig.dash4x.values.push(dash4x.painted);
      fig.dash4x.cpu!.push(dash4x.cpuMs);
      const overview = await pageLoad(ctx, '', '.chart-card', 1);
      await overview.page.close();
      fig.tbtDashboard.values.push(overview.tbt);
      // Every script the page fetched: the load worker's too, when the page starts it (a saved
      // dataset, ?data=, a stale build file); the bundled dataset needs none (view/builtData.ts).
      fig.dashKb.values.push(overview.kb);
      const timeline = await pageLoad(ctx, '?view=timeline', TIMELINE, 1);
      await timeline.page.close();
      fig.tbtTimeline.values.push(timeline.tbt);
      fig.timelineKb.values.push(timeline.kb);
      if (pagesOnly) continue;
      const load = await dropAndSwitch(ctx, paths);
      fig.dashDropKb.values.push(load.withWorkerKb);
      fig.drop.values.push(load.firstChartMs);
      fig.drop.cpu!.push(load.cpuMs);
      fig.report.values.push(load.reportMs);
      fig.longest.values.push(load.longestTaskMs);
      fig.mapDrill.values.push(...load.drills.map((d) => d.ms));
      for (const s of load.switches) {
        levels[s.level].values.push(s.ms);
        levels[s.level].cpu!.push(s.cpuMs);
      }
    }
    const figures = [...Object.values(fig), ...Object.values(levels)].filter(
      (x) => x.values.length > 0,
    );
    // Other work on the machine slows the page as much as the load itself: say how busy it was.
    const busy = `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
    console.log(
      `\nBrowser bench: Chromium, built app, ${paths.length} files through the file picker; ${runs} fresh pages per figure; ${busy}\n`,
    );
    console.log(figureTable('browser (CPU: all Chromium processes)', figures));
    return figures;
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runBrowserBench(
    process.argv[2] ? resolve(process.argv[2]) : SYNTH_DIR,
    Number(process.argv[3] ?? 3),
  );
}
