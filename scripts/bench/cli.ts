import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './figures';
import { waitedChildrenCpuMs } from './processCpu';

/** `npm run render` without npm's own start-up: the launcher that runs the bundled CLI. */
const LAUNCHER = 'scripts/cli/render.mjs';

function renderOnce(args: string[], okStatus = 0): { wall: number; cpu: number } {
  const cpu0 = waitedChildrenCpuMs();
  const start = performance.now();
  const r = spawnSync('node', [LAUNCHER, ...args], { encoding: 'utf8' });
  const wall = performance.now() - start;
  if (r.status !== okStatus) throw new Error(`render failed (${r.status}): ${r.stderr}`);
  return { wall, cpu: waitedChildrenCpuMs() - cpu0 };
}

/** Every chart for the five seed regions and the nation, in one process (some have no data). */
const BATCH = ['--region', '000000,421202,421200,430600,510802,430372', '--chart', 'all'];

/**
 * One chart as a process, `runs` times after a warm-up run (which also builds the bundle if a
 * source changed): an SVG (the target) and a PNG (which adds loading the CJK fonts); then every
 * chart × six regions as SVG in one process (context: what one process costs per file).
 */
export function timeCli(runs: number): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  const chart = ['--region', '421202', '--chart', 'exit-timeline'];
  const svg: Figure = {
    name: 'CLI: one chart as a process (SVG)',
    unit: 'ms',
    target: 500,
    values: [],
    cpu: [],
  };
  const png: Figure = {
    ...svg,
    name: '  the same chart as PNG',
    target: null,
    values: [],
    cpu: [],
  };
  const batch: Figure = {
    ...svg,
    name: '  every chart × 6 regions in one process (SVG)',
    target: null,
    values: [],
    cpu: [],
  };
  try {
    for (const [figure, file] of [
      [svg, 'c.svg'],
      [png, 'c.png'],
    ] as const) {
      const args = [...chart, '--out', join(dir, file)];
      renderOnce(args);
      for (let i = 0; i < runs; i++) {
        const t = renderOnce(args);
        figure.values.push(t.wall);
        figure.cpu!.push(t.cpu);
      }
    }
    for (let i = 0; i < runs; i++) {
      // Exit 1: some of these regions have no data for some charts, and the run says so.
      const t = renderOnce([...BATCH, '--out', join(dir, 'batch/')], 1);
      batch.values.push(t.wall);
      batch.cpu!.push(t.cpu);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [svg, png, batch];
}
