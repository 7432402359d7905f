import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RefreshController, type RefreshState } from '../../src/controllers/refreshController';
import { loadScreenDataset, type ScreenData } from '../../src/modes/screen/loadScreenDataset';

const BUNDLED = Object.fromEntries(
  readdirSync('public/data').map((f) => [f, readFileSync(join('public/data', f))]),
);

/** A server for the bundled folder where `change` rewrites one file's answer. */
function server(change: Record<string, { status: number; body: Uint8Array | string }> = {}) {
  return (async (input: RequestInfo | URL) => {
    const file = String(input).split('/').pop()!;
    const c = change[file];
    if (c) return new Response(c.body as BodyInit, { status: c.status });
    const body = BUNDLED[file];
    return body ? new Response(body) : new Response('not found', { status: 404 });
  }) as typeof fetch;
}

/** Every row of the bundled funds.csv: the last good load kept all of them. */
const FUND_ROWS = Papa.parse(readFileSync('public/data/funds.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.length;

const cut = (file: string, share: number) =>
  BUNDLED[file]!.subarray(0, Math.floor(BUNDLED[file]!.length * share));

/** Loads good data, then reloads against a changed server; returns the state after. */
async function reload(url: string, change: Parameters<typeof server>[0]) {
  let fetchFn = server();
  let state: RefreshState<ScreenData> | null = null;
  const controller = new RefreshController<ScreenData>(
    { load: () => loadScreenDataset(url, fetchFn), intervalMs: 1e9, onChange: (s) => (state = s) },
    { setTimeout: () => 0, clearTimeout: () => {} },
  );
  await controller.refresh();
  const good = state!.data;
  expect(state!.error).toBeNull();
  fetchFn = server(change);
  await controller.refresh();
  return { state: state! as RefreshState<ScreenData>, good };
}

describe('a wall refresh is all or nothing', () => {
  it.each([
    [
      'funds.csv answering 404',
      'a/',
      { 'funds.csv': { status: 404, body: '' } },
      /funds\.csv: missing now/,
    ],
    [
      'funds.csv answering 200 with an HTML error page',
      'b/',
      {
        'funds.csv': {
          status: 200,
          body: '<!doctype html><html><body>502 Bad Gateway</body></html>',
        },
      },
      /funds\.csv: /,
    ],
    [
      'regions.csv cut at 60%',
      'c/',
      { 'regions.csv': { status: 200, body: cut('regions.csv', 0.6) } },
      /village_exits\.csv: 21 of 21 rows rejected/,
    ],
    [
      'funds.csv cut at 50%',
      'd/',
      { 'funds.csv': { status: 200, body: cut('funds.csv', 0.5) } },
      /funds\.csv: /,
    ],
  ])('%s keeps the last good data and says why', async (_, url, change, reason) => {
    const { state, good } = await reload(url, change);
    expect(state.data).toBe(good);
    expect(state.data!.result.tables.funds).toHaveLength(FUND_ROWS);
    expect(state.error).toMatch(reason);
    expect(state.failedAt).not.toBeNull();
  });

  it('a 500 still keeps the last good data', async () => {
    const { state, good } = await reload('e/', { 'funds.csv': { status: 500, body: '' } });
    expect(state.data).toBe(good);
    expect(state.error).toMatch(/HTTP 500/);
  });
});
