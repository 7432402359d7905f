import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { mb, table } from './stats';

/**
 * npm run bench:soak [-- --cycles 500 --interval 0.05 --refresh 5 --animate --dist dist]: runs
 * the wall display (the default playlist, built from the data) through many full rotations, with data
 * reloads, and compares the JS heap and DOM counters after a forced GC at the start (after the
 * first full rotation) and at the end. Charts draw without animation unless --animate.
 */
const { values } = parseArgs({
  options: {
    cycles: { type: 'string' },
    interval: { type: 'string' },
    refresh: { type: 'string' },
    dist: { type: 'string' },
    query: { type: 'string' },
    samples: { type: 'string' },
    animate: { type: 'boolean' },
  },
});
const CYCLES = Number(values.cycles ?? 500);
const INTERVAL = values.interval ?? '0.05';
const REFRESH = values.refresh ?? '5';
const DIST = resolve(values.dist ?? 'dist');
const SAMPLES = Number(values.samples ?? 5);
if (!(Number(REFRESH) > 0 && Number(REFRESH) <= 30))
  throw new Error('--refresh must be 0–30 seconds: each sample is read just after a reload.');
/**
 * What counts as flat. The JS heap grows for a while as V8 compiles hot code and Chrome fills
 * its fixed-size performance-entry buffers, so heap growth is judged over the second half of the
 * run, where a leak would still show and warm-up no longer does.
 */
const LIMITS = { nodes: 20, listeners: 15, share: 0.05, heapBytes: 1024 * 1024 };

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

async function waitForServer(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

interface Sample {
  label: string;
  cycles: number;
  heap: number;
  documents: number;
  nodes: number;
  listeners: number;
  seconds: number;
}

/**
 * Counts completed rotations in the page (every time the position returns to "1/N") and data
 * requests in flight, so counters are read between reloads.
 */
const COUNTER = `(() => {
  const el = document.querySelector('.screen-index');
  const state = { cycles: 0, steps: 0, last: el.textContent, inflight: 0 };
  const fetch = window.fetch;
  window.fetch = (...args) => {
    state.inflight++;
    return fetch(...args).finally(() => state.inflight--);
  };
  new MutationObserver(() => {
    const text = el.textContent;
    if (text === state.last) return;
    state.last = text;
    state.steps++;
    if (text.startsWith('1/')) state.cycles++;
  }).observe(el, { subtree: true, childList: true, characterData: true });
  window.__soak = state;
})()`;

const position = (page: Page) => page.textContent('.screen-index');
const soakState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __soak: { cycles: number; steps: number } }).__soak);

type Soak = { __soak: { inflight: number } };
/** Waits for the page's next data reload to start, then to finish. */
async function nextReload(page: Page): Promise<void> {
  const options = { polling: 20, timeout: 60_000 };
  await page.waitForFunction(
    () => (window as unknown as Soak).__soak.inflight > 0,
    undefined,
    options,
  );
  await page.waitForFunction(
    () => (window as unknown as Soak).__soak.inflight === 0,
    undefined,
    options,
  );
}

/**
 * Pauses on the first slide and reads the counters after a forced GC. Each reading waits for a
 * data reload to finish and then moves a slide forward and back: React keeps the previous
 * render's props until a component renders again, so right after a reload the previous dataset
 * (and some thirty DOM nodes) are still held, by design, for one more render.
 */
async function measure(
  page: Page,
  cdp: CDPSession,
  label: string,
  started: number,
): Promise<Sample> {
  await page.keyboard.press(' ');
  await page.waitForSelector('.screen-position[data-status="paused"]');
  const { cycles } = await soakState(page);
  for (let i = 0; i < 100 && !(await position(page))?.startsWith('1/'); i++)
    await page.keyboard.press('ArrowRight');
  const readings: Array<{
    heap: number;
    documents: number;
    nodes: number;
    jsEventListeners: number;
  }> = [];
  for (let i = 0; i < 3; i++) {
    await nextReload(page);
    await page.waitForTimeout(1500);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(500);
    for (let k = 0; k < 2; k++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    readings.push({ heap: heap.usedSize, ...dom });
  }
  await page.keyboard.press(' ');
  const least = (key: keyof (typeof readings)[number]): number =>
    Math.min(...readings.map((r) => r[key]));
  return {
    label,
    cycles,
    heap: least('heap'),
    documents: least('documents'),
    nodes: least('nodes'),
    listeners: least('jsEventListeners'),
    seconds: (Date.now() - started) / 1000,
  };
}

if (!existsSync(resolve(DIST, 'index.html'))) {
  console.log('dist/ is missing: building …');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
}
const port = await freePort();
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--outDir',
    DIST,
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  {
    stdio: 'ignore',
    detached: true,
  },
);
const stopServer = () => {
  if (server.pid) process.kill(-server.pid);
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--js-flags=--expose-gc',
  ],
});
// Ctrl-C on a long soak still closes the browser and the server.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    stopServer();
    void browser.close().finally(() => process.exit(130));
  });
let failed = false;
try {
  const base = `http://127.0.0.1:${port}/`;
  await waitForServer(base, 30_000);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  const query =
    values.query ??
    `mode=screen&interval=${INTERVAL}&refresh=${REFRESH}&idle=3600${values.animate ? '' : '&animation=0'}`;
  await page.goto(`${base}?${query}`);
  await page.waitForSelector('.screen-panel');
  const slides = Number((await position(page))!.split('/')[1]);
  console.log(
    `Soak: ${CYCLES} rotations of ${slides} slides at ${INTERVAL} s a slide, data reloaded every ${REFRESH} s, ` +
      `1920×1080, ${values.animate ? 'animated' : 'no animation'}.`,
  );
  await page.evaluate(COUNTER);
  const started = Date.now();
  const samples: Sample[] = [];
  const checkpoints = [
    1,
    ...Array.from({ length: SAMPLES - 1 }, (_, i) =>
      Math.round((CYCLES * (i + 1)) / (SAMPLES - 1)),
    ),
  ];
  for (const target of checkpoints) {
    for (;;) {
      const { cycles } = await soakState(page);
      if (cycles >= target) break;
      await page.waitForTimeout(500);
    }
    const s = await measure(
      page,
      cdp,
      target === 1 ? 'start' : target === CYCLES ? 'end' : 'sample',
      started,
    );
    samples.push(s);
    console.log(
      `  ${s.label.padEnd(6)} cycle ${s.cycles}: heap ${mb(s.heap)}, ${s.nodes} nodes, ${s.listeners} listeners (${s.seconds.toFixed(0)} s)`,
    );
  }
  const { steps } = await soakState(page);
  const first = samples[0]!;
  const last = samples[samples.length - 1]!;
  const row = (s: Sample) => [
    s.label,
    String(s.cycles),
    mb(s.heap),
    String(s.documents),
    String(s.nodes),
    String(s.listeners),
  ];
  const growth = (a: number, b: number) =>
    `${b - a >= 0 ? '+' : ''}${b - a} (${(((b - a) / a) * 100).toFixed(1)}%)`;
  console.log(
    '\n' +
      table(
        ['', 'cycles', 'JS heap used', 'documents', 'DOM nodes', 'JS listeners'],
        [
          ...samples.map(row),
          [
            'growth',
            String(last.cycles - first.cycles),
            `${last.heap - first.heap >= 0 ? '+' : ''}${mb(last.heap - first.heap)} (${(((last.heap - first.heap) / first.heap) * 100).toFixed(1)}%)`,
            growth(first.documents, last.documents),
            growth(first.nodes, last.nodes),
            growth(first.listeners, last.listeners),
          ],
        ],
      ),
  );
  console.log(
    `\n${steps} slide changes in ${last.seconds.toFixed(0)} s; ${errors.length} console errors${errors.length ? `: ${errors.slice(0, 5).join(' | ')}` : ''}.`,
  );
  const middle = samples[Math.floor(samples.length / 2)]!;
  const lateHeap = last.heap - middle.heap;
  const within = (growth: number, base: number, floor: number) =>
    growth <= Math.max(floor, base * LIMITS.share);
  const flat =
    last.documents === first.documents &&
    within(last.nodes - first.nodes, first.nodes, LIMITS.nodes) &&
    within(last.listeners - first.listeners, first.listeners, LIMITS.listeners) &&
    within(lateHeap, middle.heap, LIMITS.heapBytes);
  console.log(
    `Heap over the second half (cycle ${middle.cycles} → ${last.cycles}): ${lateHeap >= 0 ? '+' : ''}${mb(lateHeap)}.`,
  );
  console.log(
    flat ? 'FLAT: no growth beyond GC noise.' : 'GROWING: memory or DOM grew over the soak.',
  );
  failed = !flat || errors.length > 0;
} finally {
  await browser.close();
  stopServer();
}
process.exit(failed ? 1 : 0);
