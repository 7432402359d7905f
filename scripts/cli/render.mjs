// `npm run render`: runs the bundled CLI (.cache/cli/render.mjs) with plain node, rebuilding it
// first when any source is newer than the bundle. Plain JavaScript so that starting it loads
// no TypeScript toolchain: that loading was most of a one-chart run.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, '.cache/cli/render.mjs');
const CONFIG = join(ROOT, 'scripts/cli/vite.config.ts');
const INPUTS = [join(ROOT, 'src'), CONFIG, join(ROOT, 'package-lock.json')];

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when the bundle is missing or older than a source file, the build config or the lockfile. */
export function bundleIsStale() {
  if (!existsSync(BUNDLE)) return true;
  const built = statSync(BUNDLE).mtimeMs;
  return INPUTS.some((p) => newestMtime(p) > built);
}

/** Builds into a private folder and renames into place, so concurrent runs never see half a file. */
export async function buildBundle() {
  const { build } = await import('vite');
  mkdirSync(dirname(BUNDLE), { recursive: true });
  const tmp = mkdtempSync(join(ROOT, '.cache/cli-build-'));
  try {
    await build({ configFile: CONFIG, build: { outDir: tmp } });
    renameSync(join(tmp, 'render.mjs'), BUNDLE);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The bundle's path, built first when stale. */
export async function renderBundle() {
  if (bundleIsStale()) await buildBundle();
  return BUNDLE;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { run } = await import(await renderBundle());
  process.exitCode = await run(process.argv.slice(2)).catch((e) => {
    console.error(e);
    return 1;
  });
}
