/** Milliseconds after the start at which request `index` (0-based) is due at `ratePerSecond`. */
export function dueAtMs(index: number, ratePerSecond: number): number {
  return (index * 1000) / ratePerSecond;
}

/**
 * Runs `task(i)` for i in [0, count) at a steady rate, never more than `concurrency` at once,
 * and resolves when all have settled. `sleep` and `now` are injectable for tests.
 */
export async function runAtRate(
  count: number,
  ratePerSecond: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> } = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  },
): Promise<void> {
  const started = clock.now();
  const running = new Set<Promise<void>>();
  for (let index = 0; index < count; index += 1) {
    const wait = started + dueAtMs(index, ratePerSecond) - clock.now();
    if (wait > 0) await clock.sleep(wait);
    while (running.size >= concurrency) await Promise.race(running);
    const run = task(index).finally(() => running.delete(run));
    running.add(run);
  }
  await Promise.all(running);
}
