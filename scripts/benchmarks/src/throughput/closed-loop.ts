/** What one closed-loop run measured. */
export interface ClosedLoopResult {
  /** One entry per completed job, in ms. */
  readonly latenciesMs: readonly number[];
  /** Jobs that threw, with their first error. */
  readonly failures: number;
  readonly firstError?: unknown;
  /** From the first job's start to the last job's end, in ms. */
  readonly elapsedMs: number;
}

/**
 * Runs `total` jobs with `concurrency` workers, each starting its next job as soon as the
 * previous one ends (a closed loop: the system's own speed sets the rate). A job returns its
 * latency in ms; a throwing job counts as a failure and the worker moves on.
 */
export async function runClosedLoop(
  total: number,
  concurrency: number,
  job: (sequence: number) => Promise<number>,
  clock: () => number = () => performance.now(),
): Promise<ClosedLoopResult> {
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstError: unknown;
  let next = 0;
  const started = clock();
  const worker = async () => {
    while (next < total) {
      const sequence = next++;
      try {
        latenciesMs.push(await job(sequence));
      } catch (error) {
        failures += 1;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { latenciesMs, failures, firstError, elapsedMs: clock() - started };
}
