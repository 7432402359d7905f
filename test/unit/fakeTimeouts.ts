import type { TimeoutScheduler } from '../../src/controllers/timeouts';

/** A clock that only moves when the test says so, and counts the timers alive. */
export function fakeTimeouts() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fire: () => void }>();
  const scheduler: TimeoutScheduler = {
    setTimeout: (fire, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fire });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fire();
    }
    now = end;
  };
  return { scheduler, advance, pending: () => timers.size };
}
