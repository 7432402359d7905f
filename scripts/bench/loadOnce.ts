import { readDataset } from '../../src/data/readDataset';
import { DashboardModel } from '../../src/model/dashboardModel';
import { loadBytes, memoryReader } from './dataset';

/**
 * Child process of the bench: one cold load of a folder, alone in its process, so peak RSS
 * is the load's own. Prints one JSON line; the parent reads peak heap from --trace-gc lines.
 */
const folder = process.argv[2]!;
const bytes = await loadBytes(folder);
const samples: NodeJS.MemoryUsage[] = [];
const sample = () => samples.push(process.memoryUsage());
sample();
const baseline = samples[0]!;
// Fires only between awaits (file reads); the checkpoints below cover the synchronous phases.
const timer = setInterval(sample, 2);
const cpu = process.cpuUsage();
const start = performance.now();
const result = await readDataset(memoryReader(bytes));
const read = performance.now() - start;
sample();
const model = new DashboardModel(result);
const total = performance.now() - start;
const used = process.cpuUsage(cpu);
sample();
clearInterval(timer);
console.log(
  `BENCH_RESULT ${JSON.stringify({
    coldReadMs: read,
    coldTotalMs: total,
    coldCpuMs: (used.user + used.system) / 1000,
    regions: model.regions.size,
    baselineRss: baseline.rss,
    baselineHeap: baseline.heapUsed,
    sampledRss: Math.max(...samples.map((s) => s.rss)),
    sampledHeap: Math.max(...samples.map((s) => s.heapUsed)),
    retainedHeap: samples[samples.length - 1]!.heapUsed,
    maxRss: process.resourceUsage().maxRSS * 1024,
  })}`,
);
