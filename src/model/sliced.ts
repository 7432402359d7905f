/**
 * A long computation that stops at `yield` between slices of its work. The CLI, tests and the
 * worker run it to the end at once; the page runs it a few milliseconds at a time, so
 * indexing 266,000 rows never blocks input for longer than one slice.
 */
export type Sliced<T> = Generator<void, T, void>;

/** How many rows a loop handles between pauses: a few milliseconds of work. */
export const SLICE_ROWS = 4096;

export function runToEnd<T>(work: Sliced<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs slices until `budgetMs` has passed, then lets the page handle input and paint. */
export async function runInSlices<T>(
  work: Sliced<T>,
  budgetMs = 30,
  pause: () => Promise<void> = nextTask,
  now: () => number = () => performance.now(),
): Promise<T> {
  let started = now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (now() - started >= budgetMs) {
      await pause();
      started = now();
    }
  }
}
