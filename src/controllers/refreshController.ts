import { browserTimeouts, type TimeoutScheduler } from './timeouts';

/** What the screen shows: the last good data, and whether the latest reload failed. */
export interface RefreshState<T> {
  /** The last data that loaded; kept through failed reloads, so the screen never goes blank. */
  data: T | null;
  /** Clock time of the last successful load. */
  loadedAt: number | null;
  /** Why the latest load failed; null once one succeeds again. */
  error: string | null;
  /** Clock time of the first failure since the last success: stale since then. */
  failedAt: number | null;
}

export interface RefreshOptions<T> {
  /** Resolves with fresh data or rejects; a rejected reload keeps the old data. */
  load: () => Promise<T>;
  intervalMs: number;
  /** After a failure, try again sooner than the full interval. */
  retryMs?: number;
  onChange: (state: RefreshState<T>) => void;
  now?: () => number;
}

/**
 * Reloads data on a timer for a screen that runs for days. One load at a time (the next is
 * scheduled when the previous settles), one timer at most, and a disposed controller ignores
 * a load still in flight.
 */
export class RefreshController<T> {
  private state: RefreshState<T> = { data: null, loadedAt: null, error: null, failedAt: null };
  private timer: unknown = null;
  private loading = false;
  private disposed = false;
  private readonly now: () => number;

  constructor(
    private readonly options: RefreshOptions<T>,
    private readonly scheduler: TimeoutScheduler = browserTimeouts,
  ) {
    this.now = options.now ?? Date.now;
  }

  get current(): RefreshState<T> {
    return this.state;
  }

  /** Loads now (unless a load is running), then keeps reloading every interval. */
  async refresh(): Promise<void> {
    if (this.disposed || this.loading) return;
    this.clear();
    this.loading = true;
    let failed = false;
    try {
      const data = await this.options.load();
      if (this.disposed) return;
      this.update({ data, loadedAt: this.now(), error: null, failedAt: null });
    } catch (e) {
      if (this.disposed) return;
      failed = true;
      this.update({
        ...this.state,
        error: e instanceof Error ? e.message : String(e),
        failedAt: this.state.failedAt ?? this.now(),
      });
    } finally {
      this.loading = false;
    }
    const { intervalMs, retryMs = intervalMs } = this.options;
    this.timer = this.scheduler.setTimeout(
      () => {
        this.timer = null;
        void this.refresh();
      },
      failed ? Math.min(retryMs, intervalMs) : intervalMs,
    );
  }

  dispose(): void {
    this.disposed = true;
    this.clear();
  }

  private clear(): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
  }

  private update(state: RefreshState<T>): void {
    this.state = state;
    this.options.onChange(state);
  }
}
