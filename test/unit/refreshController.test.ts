import { describe, it, expect } from 'vitest';
import { RefreshController, type RefreshState } from '../../src/controllers/refreshController';
import type { TimeoutScheduler } from '../../src/controllers/timeouts';

/** Timers that fire only when the test says so; the clock reads the same fake time. */
function fakeTimers() {
  let now = 1_000_000;
  const timers: Array<{ id: number; ms: number; fire: () => void }> = [];
  let nextId = 1;
  const scheduler: TimeoutScheduler = {
    setTimeout: (fire, ms) => {
      timers.push({ id: nextId, ms, fire });
      return nextId++;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  };
  /** Fires the pending timer after its delay, then lets the load it starts settle. */
  const fire = async () => {
    const t = timers.shift();
    if (!t) throw new Error('no timer pending');
    now += t.ms;
    t.fire();
    await settle();
  };
  return { scheduler, fire, timers, now: () => now };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A loader whose next results the test queues: a value, or an error to reject with. */
function fakeLoader<T>() {
  const queue: Array<T | Error> = [];
  let calls = 0;
  const load = async () => {
    calls++;
    const next = queue.shift();
    if (next === undefined) throw new Error('nothing queued');
    if (next instanceof Error) throw next;
    return next;
  };
  return { load, queue, calls: () => calls };
}

function setup() {
  const timers = fakeTimers();
  const loader = fakeLoader<string>();
  const states: Array<RefreshState<string>> = [];
  const refresh = new RefreshController<string>(
    {
      load: loader.load,
      intervalMs: 300_000,
      retryMs: 30_000,
      onChange: (s) => states.push(s),
      now: timers.now,
    },
    timers.scheduler,
  );
  return { timers, loader, states, refresh };
}

describe('RefreshController', () => {
  it('loads at once, then again every interval with the new data', async () => {
    const { timers, loader, refresh } = setup();
    loader.queue.push('v1', 'v2');
    await refresh.refresh();
    expect(refresh.current.data).toBe('v1');
    expect(timers.timers.map((t) => t.ms)).toEqual([300_000]);
    await timers.fire();
    expect(refresh.current).toMatchObject({ data: 'v2', error: null, loadedAt: 1_300_000 });
  });

  it('a failed reload keeps the last good data and says since when it is stale', async () => {
    const { timers, loader, refresh } = setup();
    loader.queue.push('good', new Error('HTTP 503 for funds.csv'));
    await refresh.refresh();
    await timers.fire();
    expect(refresh.current).toEqual({
      data: 'good',
      loadedAt: 1_000_000,
      error: 'HTTP 503 for funds.csv',
      failedAt: 1_300_000,
    });
  });

  it('retries sooner after a failure, and a recovery clears the warning', async () => {
    const { timers, loader, refresh } = setup();
    loader.queue.push('good', new Error('offline'), 'fresh');
    await refresh.refresh();
    await timers.fire();
    expect(timers.timers.map((t) => t.ms)).toEqual([30_000]);
    await timers.fire();
    expect(refresh.current).toMatchObject({ data: 'fresh', error: null, failedAt: null });
    expect(timers.timers.map((t) => t.ms)).toEqual([300_000]);
  });

  it('stays stale since the first failure while reloads keep failing', async () => {
    const { timers, loader, refresh } = setup();
    loader.queue.push('good', new Error('offline'), new Error('HTTP 500 for regions.csv'));
    await refresh.refresh();
    await timers.fire();
    await timers.fire();
    expect(refresh.current).toEqual({
      data: 'good',
      loadedAt: 1_000_000,
      error: 'HTTP 500 for regions.csv',
      failedAt: 1_300_000,
    });
  });

  it('a first load that fails has no data to show and keeps trying', async () => {
    const { timers, loader, refresh } = setup();
    loader.queue.push(new Error('offline'), 'late');
    await refresh.refresh();
    expect(refresh.current).toMatchObject({ data: null, error: 'offline' });
    await timers.fire();
    expect(refresh.current.data).toBe('late');
  });

  it('runs one load at a time and keeps one timer at most', async () => {
    const { timers, loader, refresh } = setup();
    loader.queue.push('a', 'b');
    const first = refresh.refresh();
    void refresh.refresh();
    await first;
    expect(loader.calls()).toBe(1);
    await refresh.refresh();
    expect(loader.calls()).toBe(2);
    expect(timers.timers).toHaveLength(1);
  });

  it('after dispose a load in flight changes nothing and no timer is left', async () => {
    const { timers, loader, states, refresh } = setup();
    loader.queue.push('late');
    const pending = refresh.refresh();
    refresh.dispose();
    await pending;
    expect(states).toEqual([]);
    expect(timers.timers).toHaveLength(0);
  });
});
