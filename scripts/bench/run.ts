import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { decodeBytes } from '../../src/data/decode';
import { parseTable } from '../../src/data/parseTable';
import { readDataset } from '../../src/data/readDataset';
import { TABLE_BY_FILE } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validateDataset';
import { DashboardModel } from '../../src/model/dashboardModel';
import { SYNTH_DIR, ensureSynthetic, loadBytes, memoryReader } from './dataset';
import { measureColdLoad } from './memory';
import { timeSwitches } from './regionSwitch';
import { runBrowserBench } from './browser';
import { timeCli } from './cli';
import { figureTable, type Figure } from './figures';
import {
  collectGarbage,
  grouped,
  mb,
  mbPerS,
  median,
  min,
  max,
  ms,
  rate,
  table,
  timed,
  timings,
  type Timings,
} from './stats';

/**
 * npm run bench [-- --dir <folder>] [--runs N] [--warmup N] [--browser-runs N] [--quick]
 * [--only node,cli,browser,pages]: load time of a national-scale dataset next to bare Papa.parse and
 * uDSV of the same texts (paired per round), memory and region-switch time in Node; the CLI
 * as a process; then page weight, first paint, blocking time, the national load and region
 * switches in Chromium on the built app. Ends with every figure of issue #12 against its
 * target. --quick: 3 Node rounds after 1 warm-up, no cold-process memory run (browser and CLI
 * keep 3 runs, the fewest a median means something). --only pages: the browser's page figures
 * alone (JS loaded, first paints, blocking time), without the national load and the switches.
 */
const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    runs: { type: 'string' },
    warmup: { type: 'string' },
    'browser-runs': { type: 'string' },
    quick: { type: 'boolean' },
    only: { type: 'string' },
    node: { type: 'boolean' },
  },
});
const folder = values.dir ? resolve(values.dir) : SYNTH_DIR;
const quick = values.quick ?? false;
const runs = Number(values.runs ?? (quick ? 3 : 7));
const warmup = Number(values.warmup ?? (quick ? 1 : 2));
const browserRuns = Number(values['browser-runs'] ?? 3);
const only = new Set((values.only ?? (values.node ? 'node,cli' : 'node,cli,browser')).split(','));
const TARGET = { loadMs: 1000, ratio: 1.5 };
const VILLAGES = 'village_exits.csv';
const loadBefore = loadavg()[0]!;
const figures: Figure[] = [];

if (!values.dir) await ensureSynthetic(folder);
if (only.has('node')) figures.push(...(await nodeBench()));
if (only.has('cli')) {
  const cli = timeCli(Math.max(3, Math.min(runs, 5)));
  console.log(`\n${figureTable('CLI (CPU: the child process)', cli)}`);
  figures.push(...cli);
}
// The same dataset in the built app, in Chromium: page weight, first paint, the load, switches.
if (only.has('browser')) figures.push(...(await runBrowserBench(folder, browserRuns)));
// The page figures alone (JS loaded, first paints at 4×, TBT): quick before/after checks.
else if (only.has('pages')) figures.push(...(await runBrowserBench(folder, browserRuns, true)));

const ISSUE_TABLE = [
  'dashboard initial JS loaded, gzip',
  'embed page JS loaded, gzip',
  'embed: first chart painted at 4× CPU throttle',
  'Node: parse + validate + aggregate',
  'Node: parse+validate+aggregate / bare Papa.parse',
  'Node: whole load',
  'drop → first chart, national dataset',
  'region switch to',
  'total blocking time',
  'CLI: one chart as a process',
];
const headline = figures.filter((f) => ISSUE_TABLE.some((name) => f.name.startsWith(name)));
console.log(
  `\nIssue #12, every figure against its target (medians; range over the runs; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)\n`,
);
console.log(figureTable('figure', headline));

/** The Node half: every step timed per round, ratios paired within each round. */
async function nodeBench(): Promise<Figure[]> {
  const memory = quick ? null : measureColdLoad(folder);
  const bytes = await loadBytes(folder);
  const texts: Record<string, string> = {};
  for (const [file, b] of bytes) {
    const d = decodeBytes(b);
    if (d.ok) texts[file] = d.text;
  }
  const csvTexts = Object.entries(texts)
    .filter(([f]) => f.endsWith('.csv'))
    .map(([, t]) => t);
  const parsers = csvTexts.map((text) => initParser(inferSchema(text)));
  const villageText = texts[VILLAGES] ?? '';
  const villageSpec = TABLE_BY_FILE.get(VILLAGES)!;
  const totalBytes = [...bytes.values()].reduce((s, b) => s + b.length, 0);
  const villageBytes = bytes.get(VILLAGES)?.length ?? 0;

  const STEPS = [
    'decode',
    'validate',
    'model',
    'load',
    'papaAll',
    'udsvAll',
    'papaVillages',
    'parseTableVillages',
  ] as const;
  const t = Object.fromEntries(STEPS.map((s) => [s, timings()])) as Record<
    (typeof STEPS)[number],
    Timings
  >;
  let rows = 0;
  let villageRows = 0;
  let model: DashboardModel | null = null;

  for (let i = 0; i < warmup + runs; i++) {
    const on = (step: keyof typeof t) => (i >= warmup ? t[step] : null);
    collectGarbage();
    await timed(on('papaAll'), () => {
      for (const text of csvTexts) Papa.parse(text);
    });
    collectGarbage();
    await timed(on('udsvAll'), () => {
      csvTexts.forEach((text, k) => parsers[k]!.stringArrs(text));
    });
    collectGarbage();
    await timed(on('papaVillages'), () => Papa.parse(villageText));
    collectGarbage();
    villageRows = (
      await timed(on('parseTableVillages'), () => parseTable(villageSpec, villageText))
    ).report.total;
    collectGarbage();
    await timed(on('decode'), () => {
      for (const b of bytes.values()) decodeBytes(b);
    });
    collectGarbage();
    const validated = await timed(on('validate'), () => validateDataset(texts));
    await timed(on('model'), () => new DashboardModel(validated));
    rows = validated.report.files.reduce((s, f) => s + f.total, 0);
    model = null;
    collectGarbage();
    // The whole load as the app does it: bytes in, model out.
    model = await timed(
      on('load'),
      async () => new DashboardModel(await readDataset(memoryReader(bytes))),
    );
  }

  const wall = (s: keyof typeof t) => median(t[s].wall);
  const cpu = (s: keyof typeof t) => median(t[s].cpu);
  /** Per round: the sum of some steps, wall and CPU. */
  const summed = (...steps: Array<keyof typeof t>) => ({
    wall: t[steps[0]!].wall.map((_, i) => steps.reduce((s, k) => s + t[k].wall[i]!, 0)),
    cpu: t[steps[0]!].cpu.map((_, i) => steps.reduce((s, k) => s + t[k].cpu[i]!, 0)),
  });
  /** Per-round ratios, each round's numerator over the same round's denominator. */
  const paired = (num: Timings, den: Timings) => ({
    wall: num.wall.map((x, i) => x / den.wall[i]!),
    cpu: num.cpu.map((x, i) => x / den.cpu[i]!),
  });
  const pva = summed('validate', 'model');
  const vsPapa = paired(pva, t.papaAll);
  const vsUdsv = paired(pva, t.udsvAll);
  const villagesVsPapa = paired(t.parseTableVillages, t.papaVillages);
  const loadVsPapa = paired(t.load, t.papaAll);
  collectGarbage();
  const switches = await timeSwitches(model!);
  const line = (name: string, s: keyof typeof t, n: number, b: number) => [
    name,
    ms(wall(s)),
    ms(min(t[s].wall)),
    ms(max(t[s].wall)),
    ms(cpu(s)),
    rate(n, wall(s)),
    mbPerS(b, wall(s)),
  ];

  console.log(`\nBench: ${folder}`);
  console.log(
    `node ${process.version}; ${runs} runs after ${warmup} warm-up; medians unless noted; ${grouped(rows)} rows, ${mb(totalBytes)} in ${bytes.size} files`,
  );
  console.log(
    `load average (1 min) on this ${cpus().length}-core machine: ${loadBefore.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end\n`,
  );
  const head = ['', 'wall', 'min', 'max', 'CPU', 'rows/s', 'MB/s'];
  console.log(
    table(head, [
      line('decode bytes → text (decodeBytes)', 'decode', rows, totalBytes),
      line('validateDataset (parse + validate)', 'validate', rows, totalBytes),
      line('new DashboardModel (aggregate)', 'model', rows, totalBytes),
      [
        'parse + validate + aggregate',
        ms(median(pva.wall)),
        ms(min(pva.wall)),
        ms(max(pva.wall)),
        ms(median(pva.cpu)),
        rate(rows, median(pva.wall)),
        mbPerS(totalBytes, median(pva.wall)),
      ],
      line('whole load: readDataset + model', 'load', rows, totalBytes),
      line('bare Papa.parse, same CSV texts', 'papaAll', rows, totalBytes),
      line('bare uDSV stringArrs, same CSV texts (reference)', 'udsvAll', rows, totalBytes),
      ...(memory
        ? [
            [
              'whole load, cold (fresh process, no JIT warm-up)',
              ms(memory.coldTotalMs),
              '',
              '',
              ms(memory.coldCpuMs),
              '',
              '',
            ],
          ]
        : []),
    ]),
  );
  console.log('');
  console.log(
    table(
      [`${VILLAGES} alone (${grouped(villageRows)} rows, ${mb(villageBytes)})`, ...head.slice(1)],
      [
        line('parseTable (parse + validate)', 'parseTableVillages', villageRows, villageBytes),
        line('bare Papa.parse (array mode, defaults)', 'papaVillages', villageRows, villageBytes),
      ],
    ),
  );
  if (memory) {
    console.log('');
    console.log(
      table(
        ['memory (one cold load in a fresh process)', 'value'],
        [
          ['peak RSS (resourceUsage().maxRSS)', mb(memory.maxRss)],
          ['peak RSS (sampled memoryUsage)', mb(memory.sampledRss)],
          [
            'peak heap used (sampled / seen by GC)',
            `${mb(memory.sampledHeap)} / ${mb(memory.gcPeakHeap)}`,
          ],
          ['heap in use after load', mb(memory.retainedHeap)],
          [
            'before load (RSS / heap; file bytes held)',
            `${mb(memory.baselineRss)} / ${mb(memory.baselineHeap)}`,
          ],
          ['this bench process, all runs (maxRSS)', mb(process.resourceUsage().maxRSS * 1024)],
        ],
      ),
    );
  }
  console.log('');
  console.log(
    table(
      [
        'region switch: path, children, per child hasData + 4 metrics, exitCounts, facts',
        'regions',
        'switches',
        'median',
        'p99',
        'max',
        'GC in max',
      ],
      switches.map((s) => [
        s.level,
        String(s.regions),
        String(s.switches),
        ms(s.medianMs),
        ms(s.p99Ms),
        ms(s.maxMs),
        ms(s.gcInMaxMs),
      ]),
    ),
  );
  const ratio = (name: string, r: { wall: number[]; cpu: number[] }, target: number | null) => ({
    name,
    unit: '×' as const,
    target,
    values: r.wall,
    cpu: r.cpu,
  });
  const figures: Figure[] = [
    {
      name: 'Node: parse + validate + aggregate',
      unit: 'ms',
      target: TARGET.loadMs,
      ...timesOf(pva),
    },
    ratio('Node: parse+validate+aggregate / bare Papa.parse', vsPapa, TARGET.ratio),
    ratio('  parse+validate+aggregate / bare uDSV (reference)', vsUdsv, null),
    ratio(`  parseTable / bare Papa.parse, ${VILLAGES} alone`, villagesVsPapa, TARGET.ratio),
    {
      name: 'Node: whole load (decode + parse + validate + model)',
      unit: 'ms',
      target: TARGET.loadMs,
      ...timesOf(t.load),
    },
    ratio('  whole load / bare Papa.parse', loadVsPapa, null),
  ];
  console.log(`\n${figureTable('Node (ratios paired per round; CPU ratio beside wall)', figures)}`);
  return figures;
}

/** A step's wall times as a figure's values, its CPU times beside. */
function timesOf(x: { wall: number[]; cpu: number[] }) {
  return { values: x.wall, cpu: x.cpu };
}
