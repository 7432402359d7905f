import { browserTimeouts, type TimeoutScheduler } from './timeouts';

/** Whatever owns the slide on screen: the screen mode's state, or a plain object in tests. */
export interface RotationManager {
  /** Slides in the playlist; may change when data reloads. */
  readonly count: number;
  readonly index: number;
  setIndex(index: number): void;
}

/**
 * playing: advances every interval. held: someone is using the screen; resumes by itself
 * after the idle time. paused: stopped on purpose (space, the pause button) until resumed.
 */
export type RotationStatus = 'playing' | 'held' | 'paused';

export interface RotationOptions {
  intervalMs: number;
  idleMs: number;
  onStatusChange?: (status: RotationStatus) => void;
}

/**
 * Cycles a wall screen through its playlist, in the manner of Grapher's TimelineController:
 * no UI, no React, at most one timer alive. The manager owns the index; the controller reads
 * it on every step, so a slide picked elsewhere is where rotation continues from.
 */
export class RotationController {
  private timer: unknown = null;
  private current: RotationStatus = 'paused';
  private disposed = false;

  constructor(
    private readonly manager: RotationManager,
    private readonly options: RotationOptions,
    private readonly scheduler: TimeoutScheduler = browserTimeouts,
  ) {}

  get status(): RotationStatus {
    return this.current;
  }

  play(): void {
    if (this.disposed) return;
    this.setStatus('playing');
    this.arm(this.options.intervalMs, () => this.advance());
  }

  pause(): void {
    this.clear();
    this.setStatus('paused');
  }

  toggle(): void {
    if (this.current === 'paused') this.play();
    else this.pause();
  }

  /** A pointer, touch or key: hold the slide while someone looks; a deliberate pause stays. */
  interact(): void {
    if (this.disposed || this.current === 'paused') return;
    this.setStatus('held');
    this.arm(this.options.idleMs, () => this.play());
  }

  next(): void {
    this.step(1);
    this.interact();
  }

  previous(): void {
    this.step(-1);
    this.interact();
  }

  /** Stops for good: a disposed controller never sets a timer again. */
  dispose(): void {
    this.clear();
    this.disposed = true;
  }

  private advance(): void {
    this.step(1);
    this.arm(this.options.intervalMs, () => this.advance());
  }

  private step(by: number): void {
    const n = this.manager.count;
    if (n === 0) return;
    const from = Math.min(Math.max(this.manager.index, 0), n - 1);
    this.manager.setIndex((from + by + n) % n);
  }

  /** The one timer: arming replaces whatever was pending. */
  private arm(ms: number, fire: () => void): void {
    this.clear();
    this.timer = this.scheduler.setTimeout(() => {
      this.timer = null;
      fire();
    }, ms);
  }

  private clear(): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
  }

  private setStatus(status: RotationStatus): void {
    if (status === this.current) return;
    this.current = status;
    this.options.onStatusChange?.(status);
  }
}
