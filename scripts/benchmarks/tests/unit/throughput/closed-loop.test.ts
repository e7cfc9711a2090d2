import { runClosedLoop } from '../../../src/throughput/closed-loop';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('runClosedLoop', () => {
  it('runs every job once with at most `concurrency` in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    const result = await runClosedLoop(10, 3, async (sequence) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      seen.push(sequence);
      await tick();
      inFlight -= 1;
      return sequence * 2;
    });
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
    expect([...result.latenciesMs].sort((a, b) => a - b)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(result.failures).toBe(0);
  });

  it('counts failed jobs, keeps the first error and carries on', async () => {
    const result = await runClosedLoop(5, 2, async (sequence) => {
      await tick();
      if (sequence % 2 === 1) throw new Error(`job ${sequence}`);
      return 1;
    });
    expect(result.latenciesMs).toHaveLength(3);
    expect(result.failures).toBe(2);
    expect((result.firstError as Error).message).toMatch(/^job [13]$/);
  });

  it('measures elapsed time with the given clock and never starts more workers than jobs', async () => {
    const times = [100, 350];
    let workers = 0;
    const result = await runClosedLoop(
      1,
      8,
      async () => {
        workers += 1;
        return 5;
      },
      () => times.shift() ?? 0,
    );
    expect(result.elapsedMs).toBe(250);
    expect(workers).toBe(1);
  });
});
