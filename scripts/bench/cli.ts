import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './figures';
import { waitedChildrenCpuMs } from './processCpu';

/** `npm run render` without npm's own start-up: the launcher that runs the bundled CLI. */
const LAUNCHER = 'scripts/cli/render.mjs';

function renderOnce(args: string[]): { wall: number; cpu: number } {
  const cpu0 = waitedChildrenCpuMs();
  const start = performance.now();
  const r = spawnSync('node', [LAUNCHER, ...args], { encoding: 'utf8' });
  const wall = performance.now() - start;
  if (r.status !== 0) throw new Error(`render failed (${r.status}): ${r.stderr}`);
  return { wall, cpu: waitedChildrenCpuMs() - cpu0 };
}

/**
 * One chart as a process, `runs` times after a warm-up run (which also builds the bundle if a
 * source changed): an SVG (the target) and a PNG (which adds loading the CJK fonts).
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [svg, png];
}
