import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

// PREVIEW_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.PREVIEW_PORT ?? 4179);
let server: ChildProcess | undefined;

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

/** Serves the production build, as a static host would, for every browser test. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || process.env.REBUILD !== '0') {
    // vitest sets NODE_ENV=test, which a child build inherits and which makes vite bundle
    // React's development build: tests, the bench (REBUILD=0) and the soak would then measure
    // a page users never get. Build what users get.
    execFileSync('npx', ['vite', 'build', '--mode', 'production', '--logLevel', 'error'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const base = `http://127.0.0.1:${PORT}/`;
  await waitFor(base, 30_000);
  project.provide('baseUrl', base);
  return () => {
    try {
      if (server?.pid) process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
