import { browserTimeouts, type TimeoutScheduler } from './timeouts';

/** Whatever owns the selected year: the dashboard's view state, or a plain object in tests. */
export interface TimelineManager {
  readonly years: readonly number[];
  readonly year: number;
  setYear(year: number): void;
}

export interface TimelineOptions {
  /** Time each year stays on screen while playing. */
  intervalMs?: number;
  /** Called when playback starts or stops, so a view can redraw its button. */
  onPlayingChange?: (playing: boolean) => void;
}

/** Position of `year` in `years`: the last year not after it, else 0. */
export function yearIndex(years: readonly number[], year: number): number {
  let at = 0;
  years.forEach((y, i) => {
    if (y <= year) at = i;
  });
  return at;
}

/**
 * Play, pause and step through the manager's years, in the manner of Our World in Data's
 * Grapher TimelineController: no UI, no React, one timer at most. The manager stays the only
 * owner of the year; the controller reads it on every step, so a year picked elsewhere while
 * playing is where playback continues from.
 */
export class TimelineController {
  private timer: unknown = null;
  private disposed = false;
  private readonly intervalMs: number;
  private readonly onPlayingChange: (playing: boolean) => void;

  constructor(
    private readonly manager: TimelineManager,
    private readonly scheduler: TimeoutScheduler = browserTimeouts,
    options: TimelineOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.onPlayingChange = options.onPlayingChange ?? (() => {});
  }

  get isPlaying(): boolean {
    return this.timer !== null;
  }

  private get years(): readonly number[] {
    return this.manager.years;
  }

  get atStart(): boolean {
    const first = this.years[0];
    return first === undefined || this.manager.year <= first;
  }

  get atEnd(): boolean {
    const last = this.years[this.years.length - 1];
    return last === undefined || this.manager.year >= last;
  }

  /** Starts playback; from the last year it starts again at the first. */
  play(): void {
    if (this.disposed || this.isPlaying || this.years.length < 2) return;
    if (this.atEnd) this.manager.setYear(this.years[0]!);
    this.arm();
    this.onPlayingChange(true);
  }

  pause(): void {
    if (!this.isPlaying) return;
    this.scheduler.clearTimeout(this.timer);
    this.timer = null;
    this.onPlayingChange(false);
  }

  toggle(): void {
    if (this.isPlaying) this.pause();
    else this.play();
  }

  stepForward(): void {
    const next = this.years.find((y) => y > this.manager.year);
    if (next !== undefined) this.manager.setYear(next);
  }

  stepBack(): void {
    const prev = this.years.findLast((y) => y < this.manager.year);
    if (prev !== undefined) this.manager.setYear(prev);
  }

  /** Stops the timer for good: a disposed controller never plays again. */
  dispose(): void {
    this.pause();
    this.disposed = true;
  }

  private arm(): void {
    this.timer = this.scheduler.setTimeout(() => this.tick(), this.intervalMs);
  }

  /** Decides on the year it sets, not on manager.year, which a view may update only later. */
  private tick(): void {
    const next = this.years.find((y) => y > this.manager.year);
    if (next !== undefined) this.manager.setYear(next);
    // Setting the year may have paused playback (a view reacting to it); then stay paused.
    if (!this.isPlaying) return;
    if (next === undefined || next >= this.years[this.years.length - 1]!) this.pause();
    else this.arm();
  }
}
