import { runPool } from '../../src';

describe('runPool', () => {
  it('runs at most `parallel` at once, starts in order and keeps the outcomes in item order', async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const outcomes = await runPool([30, 10, 20, 5, 15], 2, async (ms) => {
      started.push(ms);
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      if (ms === 20) throw new Error('twenty');
      return ms * 2;
    });
    expect(peak).toBe(2);
    expect(started).toEqual([30, 10, 20, 5, 15]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([
      60,
      20,
      'twenty',
      10,
      30,
    ]);
  });

  it('handles no items and more lanes than items', async () => {
    await expect(runPool([], 3, async () => 1)).resolves.toEqual([]);
    await expect(runPool([1], 5, async (n) => n)).resolves.toEqual([{ status: 'fulfilled', value: 1 }]);
  });
});
