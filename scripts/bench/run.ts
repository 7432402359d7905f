import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { decodeBytes } from '../../src/data/decode';
import { parseTable } from '../../src/data/parseTable';
import { readDataset } from '../../src/data/readDataset';
import { TABLE_BY_FILE } from '../../src/data/schema';
import { DashboardModel } from '../../src/model/dashboardModel';
import { SYNTH_DIR, ensureSynthetic, loadBytes, memoryReader } from './dataset';
import { measureColdLoad } from './memory';
import { timeSwitches } from './regionSwitch';
import { collectGarbage, grouped, max, mb, median, ms, perSecond, table, timed } from './stats';

/**
 * npm run bench [-- --dir <folder>] [--runs N]: load time of a national-scale dataset against
 * a bare Papa.parse of the same text, memory, and region-switch time, on this machine.
 */
const { values } = parseArgs({ options: { dir: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' } } });
const folder = values.dir ? resolve(values.dir) : SYNTH_DIR;
const runs = Number(values.runs ?? 7);
const warmup = Number(values.warmup ?? 2);
const TARGET = { loadMs: 2000, ratio: 1.5, switchMs: 100 };
const VILLAGES = 'village_exits.csv';

if (!values.dir) await ensureSynthetic(folder);
const memory = measureColdLoad(folder);
const bytes = await loadBytes(folder);
const texts = new Map<string, string>();
for (const [file, b] of bytes) {
  const d = decodeBytes(b);
  if (d.ok && file.endsWith('.csv')) texts.set(file, d.text);
}
const villageText = texts.get(VILLAGES) ?? '';
const villageSpec = TABLE_BY_FILE.get(VILLAGES)!;
const totalBytes = [...bytes.values()].reduce((s, b) => s + b.length, 0);
const villageBytes = bytes.get(VILLAGES)?.length ?? 0;

type Step = 'papaAll' | 'papaVillages' | 'parseTableVillages' | 'read' | 'model' | 'load';
const times: Record<Step, number[]> = { papaAll: [], papaVillages: [], parseTableVillages: [], read: [], model: [], load: [] };
let rows = 0;
let villageRows = 0;
let model: DashboardModel | null = null;

for (let i = 0; i < warmup + runs; i++) {
  const keep = i >= warmup;
  const record = (step: Step, t: number) => keep && times[step].push(t);
  collectGarbage();
  record('papaAll', (await timed(() => { for (const t of texts.values()) Papa.parse(t); }))[0]);
  collectGarbage();
  record('papaVillages', (await timed(() => Papa.parse(villageText)))[0]);
  collectGarbage();
  const [tv, parsed] = await timed(() => parseTable(villageSpec, villageText));
  record('parseTableVillages', tv);
  villageRows = parsed.report.total;
  model = null;
  collectGarbage();
  const [tr, result] = await timed(() => readDataset(memoryReader(bytes)));
  const [tm, built] = await timed(() => new DashboardModel(result));
  record('read', tr);
  record('model', tm);
  record('load', tr + tm);
  model = built;
  rows = result.report.files.reduce((s, f) => s + f.total, 0);
}

const m = (step: Step) => median(times[step]);
const load = m('load');
const ratioAll = load / m('papaAll');
const ratioVillages = m('parseTableVillages') / m('papaVillages');
const switches = timeSwitches(model!);
const worstSwitch = max(switches.map((s) => s.maxMs));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

console.log(`\nBench: ${folder}`);
console.log(`node ${process.version}, ${runs} runs after ${warmup} warm-up, medians; ${grouped(rows)} rows, ${mb(totalBytes)} in ${bytes.size} files\n`);
console.log(
  table(
    ['load (whole folder)', 'median', 'min', 'max', 'rows/s', 'MB/s'],
    [
      ['readDataset (decode+parse+validate)', ms(m('read')), ms(Math.min(...times.read)), ms(max(times.read)), '', ''],
      ['new DashboardModel (aggregate)', ms(m('model')), ms(Math.min(...times.model)), ms(max(times.model)), '', ''],
      ['whole load', ms(load), ms(Math.min(...times.load)), ms(max(times.load)), grouped(perSecond(rows, load)), (totalBytes / 1048576 / (load / 1000)).toFixed(1)],
      ['bare Papa.parse, all CSV files', ms(m('papaAll')), ms(Math.min(...times.papaAll)), ms(max(times.papaAll)), grouped(perSecond(rows, m('papaAll'))), (totalBytes / 1048576 / (m('papaAll') / 1000)).toFixed(1)],
      ['whole load, cold (fresh process)', ms(memory.coldTotalMs), '', '', '', ''],
    ],
  ),
);
console.log('');
console.log(
  table(
    [`${VILLAGES} alone (${grouped(villageRows)} rows, ${mb(villageBytes)})`, 'median', 'min', 'max', 'rows/s', 'MB/s'],
    [
      ['parseTable (parse+validate)', ms(m('parseTableVillages')), ms(Math.min(...times.parseTableVillages)), ms(max(times.parseTableVillages)), grouped(perSecond(villageRows, m('parseTableVillages'))), (villageBytes / 1048576 / (m('parseTableVillages') / 1000)).toFixed(1)],
      ['bare Papa.parse (array mode, defaults)', ms(m('papaVillages')), ms(Math.min(...times.papaVillages)), ms(max(times.papaVillages)), grouped(perSecond(villageRows, m('papaVillages'))), (villageBytes / 1048576 / (m('papaVillages') / 1000)).toFixed(1)],
    ],
  ),
);
console.log('');
console.log(
  table(
    ['memory (one cold load, fresh process)', 'value'],
    [
      ['peak RSS (resourceUsage().maxRSS)', mb(memory.maxRss)],
      ['peak RSS (sampled memoryUsage)', mb(memory.sampledRss)],
      ['peak heap used (sampled / before GC)', `${mb(memory.sampledHeap)} / ${mb(memory.gcPeakHeap)}`],
      ['heap retained after load', mb(memory.retainedHeap)],
      ['baseline before load (RSS / heap, file bytes held)', `${mb(memory.baselineRss)} / ${mb(memory.baselineHeap)}`],
    ],
  ),
);
console.log('');
console.log(
  table(
    ['region switch (path, children, hasData + 4 metrics per child, exitCounts, facts)', 'regions', 'switches', 'median', 'max'],
    switches.map((s) => [s.level, String(s.regions), String(s.switches), ms(s.medianMs), ms(s.maxMs)]),
  ),
);
console.log('');
console.log(
  table(
    ['target', 'measured', 'limit', ''],
    [
      ['whole load', ms(load), ms(TARGET.loadMs), verdict(load < TARGET.loadMs)],
      ['whole load / bare Papa of the same files', `${ratioAll.toFixed(2)}×`, `${TARGET.ratio}×`, verdict(ratioAll <= TARGET.ratio)],
      ['parseTable / bare Papa, village_exits.csv', `${ratioVillages.toFixed(2)}×`, `${TARGET.ratio}×`, verdict(ratioVillages <= TARGET.ratio)],
      ['whole load / bare Papa of village_exits.csv only', `${(load / m('papaVillages')).toFixed(2)}×`, '(context)', ''],
      ['region switch, worst', ms(worstSwitch), ms(TARGET.switchMs), verdict(worstSwitch < TARGET.switchMs)],
    ],
  ),
);
