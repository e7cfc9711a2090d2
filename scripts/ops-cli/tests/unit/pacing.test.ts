import { dueAtMs, runAtRate } from '../../src';

describe('runAtRate', () => {
  it('spaces requests evenly at the rate', () => {
    expect([0, 1, 2, 3].map((index) => dueAtMs(index, 4))).toEqual([0, 250, 500, 750]);
  });

  it('waits for each slot and runs every task once', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const started: Array<[number, number]> = [];
    await runAtRate(
      4,
      2,
      10,
      async (index) => {
        started.push([index, now]);
      },
      {
        now: () => now,
        sleep: async (ms) => {
          sleeps.push(ms);
          now += ms;
        },
      },
    );
    expect(started).toEqual([
      [0, 0],
      [1, 500],
      [2, 1000],
      [3, 1500],
    ]);
    expect(sleeps).toEqual([500, 500, 500]);
  });

  it('never runs more than the concurrency limit at once', async () => {
    let inFlight = 0;
    let peak = 0;
    await runAtRate(20, 100_000, 3, async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
    });
    expect(peak).toBe(3);
  });
});
