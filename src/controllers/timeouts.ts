/**
 * setTimeout/clearTimeout, injectable so tests drive a fake clock. Every controller arms one
 * timeout at a time and re-arms it, so there is never an interval left running.
 */
export interface TimeoutScheduler {
  setTimeout(fire: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserTimeouts: TimeoutScheduler = {
  setTimeout: (fire, ms) => globalThis.setTimeout(fire, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
