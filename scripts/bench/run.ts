import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
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
 * npm run bench [-- --dir <folder>] [--runs N] [--warmup N] [--node]: load time of a
 * national-scale dataset next to a bare Papa.parse of the same text, memory, and region-switch
 * time; then the same in Chromium on the built app (skipped with --node).
 */
const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    runs: { type: 'string' },
    warmup: { type: 'string' },
    node: { type: 'boolean' },
  },
});
const folder = values.dir ? resolve(values.dir) : SYNTH_DIR;
const runs = Number(values.runs ?? 7);
const warmup = Number(values.warmup ?? 2);
const TARGET = { loadMs: 2000, ratio: 1.5, switchMs: 100 };
const VILLAGES = 'village_exits.csv';
const loadBefore = loadavg()[0]!;

if (!values.dir) await ensureSynthetic(folder);
const memory = measureColdLoad(folder);
const bytes = await loadBytes(folder);
const texts: Record<string, string> = {};
for (const [file, b] of bytes) {
  const d = decodeBytes(b);
  if (d.ok) texts[file] = d.text;
}
const csvTexts = Object.entries(texts)
  .filter(([f]) => f.endsWith('.csv'))
  .map(([, t]) => t);
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
  await timed(on('papaVillages'), () => Papa.parse(villageText));
  collectGarbage();
  villageRows = (await timed(on('parseTableVillages'), () => parseTable(villageSpec, villageText)))
    .report.total;
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
const parseValidateAggregate = {
  wall: wall('validate') + wall('model'),
  cpu: cpu('validate') + cpu('model'),
};
const ratio = parseValidateAggregate.wall / wall('papaAll');
const ratioCpu = parseValidateAggregate.cpu / cpu('papaAll');
const ratioVillages = wall('parseTableVillages') / wall('papaVillages');
const ratioVillagesCpu = cpu('parseTableVillages') / cpu('papaVillages');
collectGarbage();
const switches = await timeSwitches(model!);
const worstSwitch = max(switches.map((s) => s.maxMs));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
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
      ms(parseValidateAggregate.wall),
      '',
      '',
      ms(parseValidateAggregate.cpu),
      rate(rows, parseValidateAggregate.wall),
      mbPerS(totalBytes, parseValidateAggregate.wall),
    ],
    line('whole load: readDataset + model', 'load', rows, totalBytes),
    line('bare Papa.parse, same CSV texts', 'papaAll', rows, totalBytes),
    [
      'whole load, cold (fresh process, no JIT warm-up)',
      ms(memory.coldTotalMs),
      '',
      '',
      ms(memory.coldCpuMs),
      '',
      '',
    ],
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
console.log('');
console.log(
  table(
    ['target', 'measured (wall)', 'CPU', 'limit', ''],
    [
      [
        'whole load (readDataset + model), median',
        ms(wall('load')),
        ms(cpu('load')),
        ms(TARGET.loadMs),
        verdict(wall('load') < TARGET.loadMs),
      ],
      [
        'whole load, best run',
        ms(min(t.load.wall)),
        ms(min(t.load.cpu)),
        ms(TARGET.loadMs),
        verdict(min(t.load.wall) < TARGET.loadMs),
      ],
      [
        'parse+validate+aggregate / bare Papa, same texts',
        `${ratio.toFixed(2)}×`,
        `${ratioCpu.toFixed(2)}×`,
        `${TARGET.ratio}×`,
        verdict(ratio <= TARGET.ratio),
      ],
      [
        'whole load / bare Papa, same texts',
        `${(wall('load') / wall('papaAll')).toFixed(2)}×`,
        `${(cpu('load') / cpu('papaAll')).toFixed(2)}×`,
        '(incl. decode)',
        '',
      ],
      [
        `parseTable / bare Papa, ${VILLAGES}`,
        `${ratioVillages.toFixed(2)}×`,
        `${ratioVillagesCpu.toFixed(2)}×`,
        `${TARGET.ratio}×`,
        verdict(ratioVillages <= TARGET.ratio),
      ],
      [
        `whole load / bare Papa of ${VILLAGES} only`,
        `${(wall('load') / wall('papaVillages')).toFixed(2)}×`,
        `${(cpu('load') / cpu('papaVillages')).toFixed(2)}×`,
        '(context)',
        '',
      ],
      [
        'region switch, worst of all',
        ms(worstSwitch),
        '',
        ms(TARGET.switchMs),
        verdict(worstSwitch < TARGET.switchMs),
      ],
    ],
  ),
);

// The same dataset in the built app, in Chromium: drop to first chart, long tasks, switches.
if (!values.node) await runBrowserBench(folder);
